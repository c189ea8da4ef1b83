package dk.rodtraad.catalogue.family.web;

import dk.rodtraad.catalogue.family.FamilyContact;
import dk.rodtraad.catalogue.family.FamilyIntervention;
import dk.rodtraad.catalogue.family.FamilyLanguage;
import dk.rodtraad.catalogue.family.FamilyWords;
import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.search.InterventionSearch;
import dk.rodtraad.catalogue.search.SearchFilter;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.web.Option;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.Cancellable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * The catalogue for families, without login: find help by own words, the child's age and what they see, and read a
 * published intervention in the family's view. Nothing internal leaves: only {@link FamilyIntervention}'s fields.
 */
@Cancellable(false)
@Path("/familie")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class FamilyPages {

    private final Template start;
    private final Template intervention;
    private final Template notFound;
    private final InterventionSearch search;
    private final Interventions interventions;
    private final FamilyLanguage language;
    private final FamilyMessages msg;
    private final FamilyWords words;
    private final ContactView contact;

    public FamilyPages(@Location("familie/start.html") Template start, @Location("familie/indsats.html") Template intervention,
            @Location("familie/ikke-fundet.html") Template notFound, InterventionSearch search,
            Interventions interventions, FamilyLanguage language, FamilyMessages msg, FamilyWords words, FamilyContact contact) {
        this.words = words;
        this.contact = ContactView.of(contact);
        this.start = start;
        this.intervention = intervention;
        this.notFound = notFound;
        this.search = search;
        this.interventions = interventions;
        this.language = language;
        this.msg = msg;
    }

    /**
     * @param soeg the submit button's value: a blank form sends no other parameter, yet it was sent
     */
    @GET
    @WithSession
    public Uni<RestResponse<TemplateInstance>> start(@RestQuery String q, @RestQuery String age,
            @RestQuery List<String> sign, @RestQuery String soeg) {
        List<String> signs = sign == null ? List.of() : sign;
        boolean asked = soeg != null || q != null || age != null || !signs.isEmpty();
        Integer years = null;
        String ageError = null;
        if (age != null && !age.isBlank()) {
            years = wholeYears(age);
            ageError = years == null ? msg.search_age_invalid() : null;
        }
        var filter = new SearchFilter(q, years, signs, null, null, null, null, null);
        boolean searching = asked && ageError == null;
        String error = ageError;
        return language.current().chain(names -> (searching ? search.find(filter, Audience.PUBLIC, words.forFilter(filter))
                : Uni.createFrom().item(List.<Intervention>of()))
                .map(found -> RestResponse.status(error == null ? RestResponse.Status.OK : RestResponse.Status.BAD_REQUEST,
                        start.data("q", q == null ? "" : q)
                                .data("age", age == null ? "" : age)
                                .data("ageError", error)
                                .data("signs", names.choices().entrySet().stream()
                                        .map(e -> new Option(e.getKey(), e.getValue(), signs.contains(e.getKey()))).toList())
                                .data("asked", searching)
                                .data("contact", contact)
                                .data("results", found.stream().map(i -> view(i, names)).toList()))));
    }

    @GET
    @Path("/indsatser/{id}")
    @WithSession
    public Uni<TemplateInstance> intervention(@RestPath String id) {
        UUID interventionId = parseId(id);
        return language.current().chain(names -> interventions.get(interventionId, Audience.PUBLIC)
                .map(found -> intervention.data("i", view(found, names))));
    }

    @ServerExceptionMapper({NotFoundException.class, NotFound.class})
    public RestResponse<TemplateInstance> notFound(RuntimeException e) {
        return RestResponse.status(RestResponse.Status.NOT_FOUND, notFound.instance());
    }

    /** What a family may see of an intervention; the same fields as the JSON API's family view. */
    static FamilyIntervention view(Intervention i, FamilyLanguage.Words words) {
        return FamilyIntervention.of(i, words);
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Not an intervention id: " + id);
        }
    }

    private static Integer wholeYears(String text) {
        try {
            int years = Integer.parseInt(text.strip());
            return years >= 0 && years <= 25 ? years : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
