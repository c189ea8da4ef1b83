package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.directory.Colleagues;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The colleague picker's search: professionals in Keycloak by name and discipline. */
@Cancellable(false)
@Path("/colleagues")
@Produces(MediaType.APPLICATION_JSON)
public class ColleagueResource {

    /** What the picker shows: no contact details, those are for the case team's summary. */
    public record Found(String username, String name, String discipline) {
    }

    private final Colleagues colleagues;

    public ColleagueResource(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "searchColleagues", summary = "Professionals whose name or username has every word of q, of the discipline if given")
    public Uni<List<Found>> search(@QueryParam("q") String q, @QueryParam("discipline") String discipline) {
        return colleagues.search(q, discipline).map(found -> found.stream().limit(50)
                .map(c -> new Found(c.username(), c.name(), c.discipline())).toList());
    }
}
