package dk.rodtraad.catalogue.language;

import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/** The shared language: every professional reads it; the katalogredaktør drafts and publishes new versions. */
@Path("/shared-language")
@Produces(MediaType.APPLICATION_JSON)
public class SharedLanguageResource {

    private final SharedLanguage language;
    private final SecurityIdentity identity;

    public SharedLanguageResource(SharedLanguage language, SecurityIdentity identity) {
        this.language = language;
        this.identity = identity;
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "The published version in force: the signs of not thriving and the concern scale")
    public Uni<VersionView<LanguageContent>> current() {
        return language.current();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "Every version, newest first; drafts only for the katalogredaktør")
    public Uni<List<VersionView<LanguageContent>>> versions() {
        return language.versions(isEditor());
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "One version; what was recorded under it keeps this meaning")
    public Uni<VersionView<LanguageContent>> version(@PathParam("number") int number) {
        return language.version(number, isEditor());
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Start the next version as a draft")
    public Uni<RestResponse<VersionView<LanguageContent>>> createDraft(
            @NotNull(message = "Send indholdet som JSON") @Valid LanguageContent content) {
        return language.createDraft(content, identity.getPrincipal().getName())
                .map(draft -> RestResponse.ResponseBuilder.<VersionView<LanguageContent>>created(
                        URI.create("/shared-language/versions/" + draft.number())).entity(draft).build());
    }

    @PUT
    @Path("/versions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Change the draft; a stale version gets 409")
    public Uni<VersionView<LanguageContent>> updateDraft(@PathParam("number") int number,
            @NotNull(message = "Send ændringen som JSON") @Valid LanguageRequests.UpdateDraft request) {
        return language.updateDraft(number, request.version(), request.content());
    }

    @POST
    @Path("/versions/{number}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Publish the draft: from now on it is immutable and in force everywhere")
    public Uni<VersionView<LanguageContent>> publish(@PathParam("number") int number,
            @NotNull(message = "Send den version, du har hentet") @Valid LanguageRequests.Publish request) {
        return language.publish(number, request.version(), identity.getPrincipal().getName());
    }

    private boolean isEditor() {
        return identity.hasRole(Roles.KATALOGREDAKTOER);
    }
}
