package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.search.InterventionSearch;
import dk.rodtraad.catalogue.search.SearchFilter;
import dk.rodtraad.chassis.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The catalogue for families, without login: published interventions only, in the family's view. */
@Cancellable(false)
@Path("/public/interventions")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FamilyResource {

    private final InterventionSearch search;
    private final Interventions interventions;
    private final FamilyLanguage language;
    private final FamilyWords words;

    public FamilyResource(InterventionSearch search, Interventions interventions, FamilyLanguage language,
            FamilyWords words) {
        this.words = words;
        this.search = search;
        this.interventions = interventions;
        this.language = language;
    }

    @GET
    @WithSession
    @Operation(operationId = "searchInterventionsForFamilies", summary = "Search the published interventions: the parents' own words (filler dropped, synonyms added; "
            + "any word may match, more matched words rank first), the child's age, signs")
    public Uni<List<FamilyIntervention>> search(@RestQuery String q,
            @RestQuery @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") Integer age,
            @RestQuery List<String> sign) {
        var filter = new SearchFilter(q, age, sign, null, null, null, null, null);
        return language.current().chain(names -> search.find(filter, Audience.PUBLIC, words.forFilter(filter))
                .map(found -> found.stream().map(i -> FamilyIntervention.of(i, names)).toList()));
    }

    @GET
    @WithSession
    @Path("/{id}")
    @Operation(operationId = "getInterventionForFamilies", summary = "One published intervention")
    public Uni<FamilyIntervention> get(@PathParam("id") String id) {
        return language.current().chain(names -> interventions
                .get(InvalidInputException.parseUuid("id", id), Audience.PUBLIC)
                .map(found -> FamilyIntervention.of(found, names)));
    }
}
