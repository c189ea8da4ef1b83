package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.InterventionView;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.InvalidValueException;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Search of the catalogue and suggestions for a child, for professionals. */
@Cancellable(false)
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
public class SearchResource {

    private final InterventionSearch search;
    private final Suggestions suggestions;
    private final SecurityIdentity identity;

    public SearchResource(InterventionSearch search, Suggestions suggestions, SecurityIdentity identity) {
        this.search = search;
        this.suggestions = suggestions;
        this.identity = identity;
    }

    /** Results per answer unless {@code limit} asks for another number: a page a person reads. */
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** How many match in all, whatever {@code offset} and {@code limit} returned. */
    static final String TOTAL_HEADER = "X-Total-Count";

    @GET
    @Operation(operationId = "searchInterventions", summary = "Danish full-text search with filters, best match first; "
            + DEFAULT_LIMIT + " at a time unless limit says otherwise (at most " + MAX_LIMIT + "), from offset; "
            + "the header " + TOTAL_HEADER + " says how many match in all")
    @APIResponse(responseCode = "200", description = "The matches of this page, best first",
            headers = @Header(name = TOTAL_HEADER, description = "How many interventions match in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InterventionView.class)))
    public Uni<RestResponse<List<InterventionView>>> search(@RestQuery String q,
            @RestQuery @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") Integer age,
            @RestQuery List<String> sign, @RestQuery String type,
            @RestQuery @Min(value = 1, message = "Indsatstrappen har trin 1 til 6") @Max(value = 6, message = "Indsatstrappen har trin 1 til 6") Integer step,
            @RestQuery String department, @RestQuery String preventionLevel,
            @RestQuery @Min(value = 0, message = "Kan ikke være negativ") Integer maxWaitingWeeks,
            @RestQuery @Min(value = 0, message = "Kan ikke være negativ") Integer offset,
            @RestQuery @Min(value = 1, message = "Mindst 1") @Max(value = MAX_LIMIT, message = "Højst " + MAX_LIMIT) Integer limit) {
        var filter = new SearchFilter(q, age, sign, code("type", type, v -> Coded.parse(InterventionType.class, v)), step,
                department, code("preventionLevel", preventionLevel, v -> Coded.parse(PreventionLevel.class, v)), maxWaitingWeeks);
        return search.page(filter, Audience.of(identity), offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit)
                .map(found -> RestResponse.ResponseBuilder.ok(found.items().stream().map(InterventionView::of).toList())
                        .header(TOTAL_HEADER, found.total()).build());
    }

    @GET
    @Path("/suggestions")
    @Operation(operationId = "suggestInterventions", summary = "Published interventions for a child of this age with these signs, ranked, with why")
    public Uni<List<Suggestion>> suggestions(
            @RestQuery @NotNull(message = "Angiv barnets alder") @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") Integer age,
            @RestQuery @NotEmpty(message = "Angiv mindst ét tegn") List<String> sign) {
        return suggestions.forChild(age, sign);
    }

    private static <T> T code(String field, String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (InvalidValueException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
