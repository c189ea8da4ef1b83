package dk.rodtraad.chassis.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * The answer to {@code OPTIONS} names the methods its address takes, as a 405's {@code Allow} does
 * ({@link AddressMethods}): Quarkus REST answers {@code OPTIONS} itself with the methods of the whole resource class,
 * so {@code OPTIONS /probe/form} listed the {@code GET} that only {@code /probe} takes.
 */
public class OptionsAnswer {

    private final AddressMethods addresses;

    OptionsAnswer(AddressMethods addresses) {
        this.addresses = addresses;
    }

    @ServerResponseFilter
    public void allowWhatTheAddressTakes(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            return;
        }
        Set<String> allowed = addresses.at(request.getUriInfo().getPath());
        if (!allowed.isEmpty()) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
        }
    }
}
