package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.catalogue.family.FamilyGuide;
import dk.rodtraad.catalogue.family.FamilyLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
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

/**
 * The Vejviser: everyone reads the version in force, families too, in the family's view; staff read whole versions;
 * the katalogredaktør drafts and publishes.
 */
@Path("/vejviser")
@Produces(MediaType.APPLICATION_JSON)
public class VejviserResource {

    private final Vejviser vejviser;
    private final SecurityIdentity identity;

    private final FamilyLanguage familyLanguage;

    public VejviserResource(Vejviser vejviser, SecurityIdentity identity, FamilyLanguage familyLanguage) {
        this.familyLanguage = familyLanguage;
        this.vejviser = vejviser;
        this.identity = identity;
    }

    @GET
    @Path("/current")
    @PermitAll
    @Operation(summary = "The published version in force as families read it: for each sign and level, what to look for and what parents can do; no login")
    public Uni<FamilyGuide> current() {
        return vejviser.current().chain(guide -> familyLanguage.current().map(words -> FamilyGuide.of(guide, words)));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "Every version, newest first; drafts only for the katalogredaktør")
    public Uni<List<VersionView<VejviserContent>>> versions() {
        return vejviser.versions(isEditor());
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "One version")
    public Uni<VersionView<VejviserContent>> version(@PathParam("number") int number) {
        return vejviser.version(number, isEditor());
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Start the next version as a draft")
    public Uni<RestResponse<VersionView<VejviserContent>>> createDraft(
            @NotNull(message = "Send indholdet som JSON") @Valid VejviserContent content) {
        return vejviser.createDraft(content, identity.getPrincipal().getName())
                .map(draft -> RestResponse.ResponseBuilder.<VersionView<VejviserContent>>created(
                        URI.create("/vejviser/versions/" + draft.number())).entity(draft).build());
    }

    @PUT
    @Path("/versions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Change the draft; a stale version gets 409")
    public Uni<VersionView<VejviserContent>> updateDraft(@PathParam("number") int number,
            @NotNull(message = "Send ændringen som JSON") @Valid VejviserRequests.UpdateDraft request) {
        return vejviser.updateDraft(number, request.version(), request.content());
    }

    @POST
    @Path("/versions/{number}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Publish the draft: from now on it is immutable and in force")
    public Uni<VersionView<VejviserContent>> publish(@PathParam("number") int number,
            @NotNull(message = "Send den version, du har hentet") @Valid VejviserRequests.Publish request) {
        return vejviser.publish(number, request.version(), identity.getPrincipal().getName());
    }

    private boolean isEditor() {
        return identity.hasRole(Roles.KATALOGREDAKTOER);
    }
}
