package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    /** What someone typed, as PostgreSQL's Danish full-text search reads it (a {@code ?} for the text). */
    private static final String TEXT_QUERY = "websearch_to_tsquery('danish', ?)";

    @WithSession
    public Uni<List<Intervention>> find(SearchFilter filter, Audience audience) {
        return find(filter, audience, null);
    }

    /**
     * One page of {@link #find(SearchFilter, Audience)}: the ranking runs over every match (ids only), and only the
     * page's interventions are read, so a search that matches a thousand costs little more than one that matches ten.
     *
     * @param offset how many of the best matches to skip
     * @param limit  how many to return at most
     */
    @WithSession
    public Uni<Found> page(SearchFilter filter, Audience audience, int offset, int limit) {
        return rankedIds(filter, audience, null).chain(ids -> {
            var page = ids.subList(Math.min(offset, ids.size()), Math.min(ids.size(), offset + limit));
            return inOrder(page).map(items -> new Found(items, ids.size()));
        });
    }

    /** A page of the best matches, and how many match in all. */
    public record Found(List<Intervention> items, int total) {
    }

    /**
     * As {@link #find(SearchFilter, Audience)}, but the text is read as words of which any may match, each a
     * {@code websearch_to_tsquery} text (a word with its synonyms: "mobning or mobbet"): an intervention matching
     * more of them ranks first, then the better text match. The family search reads parents' sentences this way
     * ({@code FamilyWords}); the filter's own text is then ignored. An empty list searches no text.
     */
    @WithSession
    public Uni<List<Intervention>> find(SearchFilter filter, Audience audience, List<String> anyWords) {
        return rankedIds(filter, audience, anyWords).chain(InterventionSearch::inOrder);
    }

    /**
     * The matches' ids, best first: the ranking is PostgreSQL's full-text search, written in HQL, with Hibernate's
     * {@code sql()} for what HQL has no words for ({@code @@}, {@code ts_rank_cd}, the signs array's overlap). HQL, not
     * native SQL: Hibernate Reactive keeps a new plan of a native select at every run (ADR 0031). Hibernate keeps no
     * plan of a query with a list parameter or with a parameter inside a function ({@code sql()} too), and translates
     * it anew at every run: so the statuses the audience sees are written into the query ({@link #statusIn}), and a
     * search by filters alone is translated once; one with words or signs (in {@code sql()}) still at every run.
     * In the caller's session, never through a connection of its own: a request holding two connections
     * deadlocks the pool under load.
     */
    private Uni<List<UUID>> rankedIds(SearchFilter filter, Audience audience, List<String> anyWords) {
        var where = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        where.add(statusIn(audience));
        String order = "name";
        if (anyWords != null) {
            if (!anyWords.isEmpty()) {
                var words = anyWords.stream().map(each -> bind(parameters, each)).toList();
                String any = "(" + String.join(" || ", Collections.nCopies(words.size(), TEXT_QUERY)) + ")";
                where.add(holds(sql("search_document @@ " + any, words)));
                String matchesEach = String.join(" + ",
                        Collections.nCopies(words.size(), "(search_document @@ " + TEXT_QUERY + ")::int"));
                order = sql(matchesEach, words) + " desc, " + sql("ts_rank_cd(search_document, " + any + ")", words)
                        + " desc, name";
            }
        } else if (filter.text() != null) {
            // As PostgreSQL reads what people type: words, "quoted phrases", -excluded words, or.
            var text = List.of(bind(parameters, filter.text()));
            where.add(holds(sql("search_document @@ " + TEXT_QUERY, text)));
            order = sql("ts_rank_cd(search_document, " + TEXT_QUERY + ")", text) + " desc, name";
        }
        if (filter.age() != null) {
            where.add(bind(parameters, filter.age()) + " between ageFromYears and ageToYears");
        }
        if (!filter.signs().isEmpty()) {
            where.add(holds(sql("signs && string_to_array(?, ',')",
                    List.of(bind(parameters, String.join(",", filter.signs()))))));
        }
        if (filter.type() != null) {
            where.add("type = " + bind(parameters, filter.type()));
        }
        if (filter.step() != null) {
            where.add("step = " + bind(parameters, filter.step()));
        }
        if (filter.department() != null) {
            // Lower-cased here, not by lower(?) in the query: a parameter inside a function keeps the plan uncached.
            where.add("lower(department) = " + bind(parameters, filter.department().toLowerCase(Locale.ROOT)));
        }
        if (filter.preventionLevel() != null) {
            where.add("preventionLevel = " + bind(parameters, filter.preventionLevel()));
        }
        if (filter.maxWaitingWeeks() != null) {
            where.add("waitingWeeks <= " + bind(parameters, filter.maxWaitingWeeks()));
        }
        String hql = "select id from Intervention where " + String.join(" and ", where) + " order by " + order;
        return Panache.getSession().chain(session -> {
            var query = session.createSelectionQuery(hql, UUID.class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        });
    }

    /**
     * The audience's statuses as HQL's enum literals, e.g. {@code status in (…InterventionStatus.PUBLISHED)}: a few
     * constants of the code, never input, in the set's fixed order, so each audience's query text is always the same.
     */
    private static String statusIn(Audience audience) {
        return audience.visible().stream().map(status -> InterventionStatus.class.getName() + "." + status.name())
                .collect(Collectors.joining(", ", "status in (", ")"));
    }

    /** Adds a parameter and returns its placeholder, {@code ?1}, {@code ?2} … */
    private static String bind(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /** A piece of SQL inside HQL: each {@code ?} in it takes the next of the placeholders. */
    private static String sql(String fragment, List<String> placeholders) {
        return "sql('" + fragment.replace("'", "''") + "', " + String.join(", ", placeholders) + ")";
    }

    /** A condition from {@link #sql}, whose type HQL does not know. */
    private static String holds(String sqlCondition) {
        return "cast(" + sqlCondition + " as Boolean) = true";
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
        // HQL, not native SQL, and its statuses written in: each is planned once (ADR 0031).
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select distinct department from Intervention where " + statusIn(audience)
                                + " order by department", String.class)
                .getResultList());
    }
}
