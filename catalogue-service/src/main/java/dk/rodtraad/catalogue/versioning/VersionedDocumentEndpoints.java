package dk.rodtraad.catalogue.versioning;

import dk.rodtraad.chassis.api.ApiDocument;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;

/**
 * The API of a versioned document under its {@code @Path}: staff read its versions, the katalogredaktør also its
 * drafts; only the katalogredaktør drafts and publishes. A resource extends this with its path and content type, and
 * adds how the version in force is read, which differs between documents.
 *
 * Each method names its roles twice, for the server ({@code @RolesAllowed}) and for the API's document
 * ({@code @SecurityRequirement}): Quarkus 3.33 leaves an inherited method's roles out of the document, which then
 * called these operations public (quarkusio/quarkus#54312). {@code WalkingSkeletonTests} holds the two to each other.
 *
 * @param <C> the document's content
 * @param <U> the document's change of a draft, a record of its own (Quarkus REST reads a class's type parameter as
 *            the subclass binds it, but not one nested in a generic record)
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class VersionedDocumentEndpoints<C extends Record, U extends VersionRequests.DraftUpdate<C>> {

    private final VersionedDocuments<C> document;
    private final SecurityIdentity identity;
    private final String path;

    /** @param path the resource's {@code @Path}, e.g. "/vejviser": where a new draft is found */
    protected VersionedDocumentEndpoints(VersionedDocuments<C> document, SecurityIdentity identity, String path) {
        this.document = document;
        this.identity = identity;
        this.path = path;
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @SecurityRequirement(name = ApiDocument.LOGIN,
            scopes = {Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "Every version, newest first; drafts only for the katalogredaktør")
    public Uni<List<VersionView<C>>> versions() {
        return document.versions(isEditor());
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @SecurityRequirement(name = ApiDocument.LOGIN,
            scopes = {Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "One version; what was recorded under it keeps this meaning")
    public Uni<VersionView<C>> version(@PathParam("number") int number) {
        return document.version(number, isEditor());
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @SecurityRequirement(name = ApiDocument.LOGIN, scopes = Roles.KATALOGREDAKTOER)
    @Operation(summary = "Start the next version as a draft")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<VersionView<C>>> createDraft(
            @NotNull(message = "Send indholdet som JSON") @Valid C content) {
        return document.createDraft(content, editor())
                .map(draft -> RestResponse.ResponseBuilder.<VersionView<C>>created(
                        URI.create(path + "/versions/" + draft.number())).entity(draft).build());
    }

    @PUT
    @Path("/versions/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @SecurityRequirement(name = ApiDocument.LOGIN, scopes = Roles.KATALOGREDAKTOER)
    @Operation(summary = "Change the draft; a stale version gets 409")
    public Uni<VersionView<C>> updateDraft(@PathParam("number") int number,
            @NotNull(message = "Send ændringen som JSON") @Valid U request) {
        return document.updateDraft(number, request.version(), request.content());
    }

    @POST
    @Path("/versions/{number}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @SecurityRequirement(name = ApiDocument.LOGIN, scopes = Roles.KATALOGREDAKTOER)
    @Operation(summary = "Publish the draft: from now on it is immutable and in force")
    public Uni<VersionView<C>> publish(@PathParam("number") int number,
            @NotNull(message = "Send den version, du har hentet") @Valid VersionRequests.Publish request) {
        return document.publish(number, request.version(), editor());
    }

    protected boolean isEditor() {
        return identity.hasRole(Roles.KATALOGREDAKTOER);
    }

    private String editor() {
        return identity.getPrincipal().getName();
    }
}
