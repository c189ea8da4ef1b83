package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The professionals involved with a child; one of them may involve a colleague. */
@Path("/children/{childId}/involved")
@Produces(MediaType.APPLICATION_JSON)
public class InvolvementResource {

    private final ChildAccess access;
    private final AuditLog auditLog;

    public InvolvementResource(ChildAccess access, AuditLog auditLog) {
        this.access = access;
        this.auditLog = auditLog;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @WithTransaction
    @Operation(summary = "The professionals involved with the child")
    public Uni<List<Professional>> involved(@PathParam("childId") String childId) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        return access.requireInvolved(child)
                .chain(() -> auditLog.read(child, "involvement", "Inddragede fagpersoner vist"))
                .chain(() -> access.involvedWith(child));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FAGPERSON)
    @WithTransaction
    @Operation(summary = "Involve a colleague with the child, so they may see the child's data")
    public Uni<List<Professional>> involve(@PathParam("childId") String childId,
            @NotNull(message = "Send kollegaen som JSON") @Valid InvolveColleagueRequest request) {
        UUID child = InvalidInputException.parseUuid("childId", childId);
        var colleague = new Professional(request.username().strip(), request.profession());
        return access.requireInvolved(child)
                .chain(() -> access.involve(child, colleague, Involvement.Reason.ADDED_BY_COLLEAGUE))
                .chain(() -> auditLog.write(child, "involvement", "Kollega inddraget: " + colleague.username()))
                .chain(() -> access.involvedWith(child));
    }
}
