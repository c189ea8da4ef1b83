package dk.rodtraad.followup.evaluation;

import io.smallrye.mutiny.Uni;

import java.util.List;

/** Where the evaluation's facts come from: the seam between the plans' tables and the pure {@link Evaluation}. */
public interface EvaluationFacts {

    /** The facts of every plan with an intervention of the catalogue (not a described local effort), in any order. */
    Uni<List<PlanFacts>> plans();
}
