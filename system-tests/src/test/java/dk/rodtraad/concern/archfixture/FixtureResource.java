package dk.rodtraad.concern.archfixture;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Keeps rule (d): a resource, and a class nested in it, may use JAX-RS. */
@Path("/fixture")
public class FixtureResource {

    @GET
    public Response get() {
        return Answer.ok();
    }

    record Answer(String text) {
        static Response ok() {
            return Response.ok(new Answer("ok")).build();
        }
    }
}
