package dk.rodtraad.followup.intervention;

import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The interventions a plan may refer a child to: those the catalogue offers now, from this service's copy. */
@Cancellable(false)
@Path("/interventions")
@Produces(MediaType.APPLICATION_JSON)
public class InterventionResource {

    public record Offered(UUID id, String code, String name, String type, String department, int step,
            int ageFromYears, int ageToYears, int waitingWeeks) {
        static Offered of(Intervention intervention) {
            return new Offered(intervention.id(), intervention.code(), intervention.name(), intervention.type(),
                    intervention.department(), intervention.step(), intervention.ageFromYears(),
                    intervention.ageToYears(), intervention.waitingWeeks());
        }
    }

    private final PublishedInterventions interventions;

    public InterventionResource(PublishedInterventions interventions) {
        this.interventions = interventions;
    }

    @GET
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.ADMIN})
    @Operation(operationId = "listOfferedInterventions", summary = "The published interventions, by name, from this service's copy of the catalogue")
    public Uni<List<Offered>> offered() {
        return interventions.offered().map(all -> all.stream().map(Offered::of).toList());
    }
}
