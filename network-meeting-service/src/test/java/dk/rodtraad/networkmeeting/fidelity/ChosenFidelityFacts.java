package dk.rodtraad.networkmeeting.fidelity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.List;

/**
 * The tests' fidelity facts: those a test chose, so a page test controls exactly which groups have how many courses;
 * else the real ones from the tables ({@link SqlFidelityFacts}). A test that chooses puts it back afterwards
 * ({@link #reset()}), as every test class shares it.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ChosenFidelityFacts implements FidelityFacts {

    private final SqlFidelityFacts tables;
    private volatile List<CourseFacts> chosen;

    public ChosenFidelityFacts(SqlFidelityFacts tables) {
        this.tables = tables;
    }

    public void choose(List<CourseFacts> courses) {
        chosen = List.copyOf(courses);
    }

    public void reset() {
        chosen = null;
    }

    @Override
    public Uni<List<CourseFacts>> facts(FidelityPeriod period) {
        List<CourseFacts> courses = chosen;
        return courses == null ? tables.facts(period) : Uni.createFrom().item(courses);
    }
}
