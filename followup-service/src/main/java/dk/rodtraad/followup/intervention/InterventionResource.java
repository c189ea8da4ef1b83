package dk.rodtraad.followup.intervention;

import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;

/** The interventions a plan may refer a child to: those the catalogue offers now. */
@Path("/interventions")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionResource {

    public record Offered(UUID id, String code, String name, String department, int step, int ageFromYears,
            int ageToYears, int waitingWeeks) {
        static Offered of(InterventionCopy copy) {
            return new Offered(copy.id, copy.code, copy.name, copy.department, copy.step, copy.ageFromYears,
                    copy.ageToYears, copy.waitingWeeks);
        }
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.ADMIN})
    @Operation(summary = "The published interventions, by name, from this service's copy of the catalogue")
    public Uni<List<Offered>> offered() {
        return InterventionCopy.<InterventionCopy>list("status = ?1 order by name", InterventionCopy.OFFERED)
                .map(all -> all.stream().map(Offered::of).toList());
    }
}
