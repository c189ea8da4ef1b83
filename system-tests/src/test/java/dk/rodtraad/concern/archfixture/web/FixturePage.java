package dk.rodtraad.concern.archfixture.web;

import jakarta.ws.rs.core.Response;

/** Web code: the target of rule (c)'s fixture, and (rule (d)) free to use JAX-RS. */
public class FixturePage {

    public Response show() {
        return Response.ok("Fixture").build();
    }
}
