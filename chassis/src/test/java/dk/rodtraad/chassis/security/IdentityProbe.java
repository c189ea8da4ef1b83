package dk.rodtraad.chassis.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.TreeSet;
import java.util.UUID;

/** A resource of the chassis's tests only: who the request's identity is, and whether it names this request. */
@Path("/probe/identity")
@Authenticated
public class IdentityProbe {

    private static final String MARK = "identity-probe";

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext request;

    public record Seen(String user, TreeSet<String> roles, boolean namesThisRequest) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Seen seen() {
        // The injected RoutingContext is a proxy: a mark put through it shows whether the identity's is the same request.
        String mark = UUID.randomUUID().toString();
        request.put(MARK, mark);
        RoutingContext named = identity.getAttribute(RoutingContext.class.getName());
        return new Seen(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()),
                named != null && mark.equals(named.get(MARK)));
    }
}
