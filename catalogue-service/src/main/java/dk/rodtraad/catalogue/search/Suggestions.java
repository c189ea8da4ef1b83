package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.language.SharedLanguage;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Given a child's age and signs, the published interventions that fit, ranked and explained. */
@ApplicationScoped
public class Suggestions {

    private final InterventionSearch search;
    private final SharedLanguage language;

    public Suggestions(InterventionSearch search, SharedLanguage language) {
        this.search = search;
        this.language = language;
    }

    @WithSession
    public Uni<List<Suggestion>> forChild(int age, List<String> signs) {
        return language.currentSigns().chain(names -> search.find(SearchFilter.forChild(age, signs), Audience.PUBLIC)
                .map(candidates -> SuggestionRanking.rank(candidates, age, signs, names)));
    }
}
