package dk.rodtraad.concern.archfixture;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Keeps rule (d): an exception mapper turns a feature's own exception into HTTP. */
public class FixtureMapper implements ExceptionMapper<IllegalStateException> {

    @Override
    public Response toResponse(IllegalStateException exception) {
        return Response.status(409).build();
    }
}
