package dk.rodtraad.catalogue.problem;

import dk.rodtraad.chassis.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The catalogue's own refusals as problem+json, in the same words the chassis gives a JAX-RS 404 or 409. A page maps
 * them in its own {@code @ServerExceptionMapper}s, which win for that page.
 */
public class CatalogueProblems {

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return respond(Problem.of(404, "Findes ikke", e.getMessage()));
    }

    @ServerExceptionMapper
    public Response refused(Refused e) {
        return respond(Problem.of(409, "Konflikt", e.getMessage()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
