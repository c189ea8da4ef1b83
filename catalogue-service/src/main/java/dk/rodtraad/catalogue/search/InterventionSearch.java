package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Search of the catalogue: PostgreSQL's Danish full-text search (stemming, stop words), weighted so a match in the
 * name or method ranks above one in the descriptions, combined with filters. Without text, sorted by name.
 */
@ApplicationScoped
public class InterventionSearch {

    /** The query as PostgreSQL reads what people type: words, "quoted phrases", -excluded words, or. */
    private static final String QUERY = "websearch_to_tsquery('danish', :text)";

    @WithSession
    public Uni<List<Intervention>> find(SearchFilter filter, Audience audience) {
        return find(filter, audience, null);
    }

    /**
     * As {@link #find(SearchFilter, Audience)}, but the text is read as words of which any may match, each a
     * {@code websearch_to_tsquery} text (a word with its synonyms: "mobning or mobbet"): an intervention matching
     * more of them ranks first, then the better text match. The family search reads parents' sentences this way
     * ({@code FamilyWords}); the filter's own text is then ignored. An empty list searches no text.
     */
    @WithSession
    public Uni<List<Intervention>> find(SearchFilter filter, Audience audience, List<String> anyWords) {
        var where = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        where.add("status = any(string_to_array(:statuses, ','))");
        parameters.put("statuses", audience.visible().stream().map(InterventionStatus::name).collect(Collectors.joining(",")));
        String order = "name";
        if (anyWords != null) {
            if (!anyWords.isEmpty()) {
                var each = new ArrayList<String>();
                for (int i = 0; i < anyWords.size(); i++) {
                    each.add("websearch_to_tsquery('danish', :w" + i + ")");
                    parameters.put("w" + i, anyWords.get(i));
                }
                String any = "(" + String.join(" || ", each) + ")";
                where.add("search_document @@ " + any);
                order = each.stream().map(q -> "(search_document @@ " + q + ")::int").collect(Collectors.joining(" + "))
                        + " desc, ts_rank_cd(search_document, " + any + ") desc, name";
            }
        } else if (filter.text() != null) {
            where.add("search_document @@ " + QUERY);
            parameters.put("text", filter.text());
            order = "ts_rank_cd(search_document, " + QUERY + ") desc, name";
        }
        if (filter.age() != null) {
            where.add(":age between age_from_years and age_to_years");
            parameters.put("age", filter.age());
        }
        if (!filter.signs().isEmpty()) {
            where.add("signs && string_to_array(:signs, ',')");
            parameters.put("signs", String.join(",", filter.signs()));
        }
        if (filter.type() != null) {
            where.add("type = :type");
            parameters.put("type", filter.type().name());
        }
        if (filter.step() != null) {
            where.add("step = :step");
            parameters.put("step", filter.step());
        }
        if (filter.department() != null) {
            where.add("lower(department) = lower(:department)");
            parameters.put("department", filter.department());
        }
        if (filter.preventionLevel() != null) {
            where.add("prevention_level = :preventionLevel");
            parameters.put("preventionLevel", filter.preventionLevel().name());
        }
        if (filter.maxWaitingWeeks() != null) {
            where.add("waiting_weeks <= :maxWaitingWeeks");
            parameters.put("maxWaitingWeeks", filter.maxWaitingWeeks());
        }
        String sql = "select id from intervention where " + String.join(" and ", where) + " order by " + order;
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, UUID.class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).chain(InterventionSearch::inOrder);
    }

    /** The ranking is SQL's; the entities are Hibernate's: fetched by id, then put back in rank order. */
    private static Uni<List<Intervention>> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Intervention.<Intervention>list("id in ?1", ids).map(found -> {
            Map<UUID, Intervention> byId = found.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            return ids.stream().map(byId::get).toList();
        });
    }

    /** The departments that own interventions, for the search form's filter. */
    @WithSession
    public Uni<List<String>> departments(Audience audience) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select distinct department from intervention where status = any(string_to_array(:statuses, ',')) order by department",
                        String.class)
                .setParameter("statuses", audience.visible().stream().map(InterventionStatus::name).collect(Collectors.joining(",")))
                .getResultList());
    }
}
