package dk.rodtraad.catalogue.competence;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/**
 * The competence overview (kompetenceoversigt): who holds which method, searchable by method or unit. The
 * katalogredaktør keeps it as one spreadsheet, so an import replaces the whole overview.
 */
@ApplicationScoped
public class Competences {

    /** @param text part of a method's or a unit's name, any case; null for all */
    @WithSession
    public Uni<List<Competence>> find(String text) {
        if (text == null || text.isBlank()) {
            return Competence.list("order by method, unit");
        }
        String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
        return Competence.list("lower(method) like ?1 or lower(unit) like ?1 order by method, unit", like);
    }

    /** Replaces the overview with entries already checked (see the spreadsheet's reader). */
    @WithTransaction
    public Uni<List<Competence>> replaceAll(List<CompetenceEntry> entries) {
        List<Competence> competences = entries.stream().map(Competence::of).toList();
        return Competence.deleteAll().chain(() -> Competence.persist(competences)).replaceWith(competences);
    }
}
