package dk.rodtraad.networkmeeting.fidelity;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Where the fidelity view's facts come from: the seam between the courses' tables and the measures. */
public interface FidelityFacts {

    /** The facts of every course whose first contact falls in the period, in any order. */
    Uni<List<CourseFacts>> facts(FidelityPeriod period);
}
