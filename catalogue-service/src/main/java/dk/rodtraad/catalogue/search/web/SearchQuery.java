package dk.rodtraad.catalogue.search.web;

import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.catalogue.search.SearchFilter;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.stream.Stream;

/**
 * The search form's fields as the browser sends them (the JSON API's parameter names), kept as typed so the form
 * shows them again. A value that cannot be read is left out of the search and named, rather than failing the page.
 */
@TemplateData
public class SearchQuery {

    @RestQuery public String q;
    @RestQuery public String age;
    @RestQuery public List<String> sign;
    @RestQuery public String type;
    @RestQuery public String step;
    @RestQuery public String department;
    @RestQuery public String preventionLevel;
    @RestQuery public String maxWaitingWeeks;
    /** The page of results, from 1 ({@link dk.rodtraad.chassis.web.Page}). */
    @RestQuery public String side;

    public SearchFilter filter(FormErrors errors, String invalid) {
        return new SearchFilter(q, FormValues.whole(age, 0, 25, "age", errors, invalid), signs(),
                FormValues.coded(InterventionType.class, type, "type", errors),
                FormValues.whole(step, 1, 6, "step", errors, invalid), department,
                FormValues.coded(PreventionLevel.class, preventionLevel, "preventionLevel", errors),
                FormValues.whole(maxWaitingWeeks, 0, 520, "maxWaitingWeeks", errors, invalid));
    }

    /** Whether any filter beside the free text is set: then the filters are shown open. */
    public boolean filtered() {
        return !signs().isEmpty() || Stream.of(age, type, step, department, preventionLevel, maxWaitingWeeks)
                .anyMatch(v -> v != null && !v.isBlank());
    }

    public List<String> signs() {
        return sign == null ? List.of() : sign;
    }
}
