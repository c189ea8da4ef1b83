package dk.rodtraad.catalogue.competence;

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

/** Who masters which method: so a professional finds the colleague who knows Marte Meo or PMTO. */
@Cancellable(false)
@Path("/competences")
@Produces(MediaType.APPLICATION_JSON)
public class CompetenceResource {

    private final Competences competences;

    public CompetenceResource(Competences competences) {
        this.competences = competences;
    }

    @GET
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(operationId = "listCompetences", summary = "The competence overview, by method and unit; q filters on part of either name")
    public Uni<List<CompetenceEntry>> find(@QueryParam("q") String text) {
        return competences.find(text).map(found -> found.stream().map(Competence::entry).toList());
    }
}
