package dk.rodtraad.chassis.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcRequestFilter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Every request to Keycloak — its discovery document, its keys, the code's exchange, a page's token refresh — gets an
 * answer or fails within {@code quarkus.oidc.connection-timeout} (10 s). Quarkus OIDC bounds only the connect: a
 * Keycloak that accepts the connection and never answers (frozen, overloaded, a proxy holding the line) kept a page
 * waiting for minutes. Failed in time, the request goes the way of a Keycloak that is away ({@link LoginFailures}).
 */
@ApplicationScoped
@Unremovable // Quarkus OIDC looks its filters up by type; nothing injects them
public class IdentityProviderTimeout implements OidcRequestFilter {

    private final long millis;

    public IdentityProviderTimeout(
            @ConfigProperty(name = "quarkus.oidc.connection-timeout", defaultValue = "10s") Duration timeout) {
        this.millis = timeout.toMillis();
    }

    @Override
    public Uni<Void> filter(OidcRequestFilterContext context) {
        context.request().timeout(millis);
        return Uni.createFrom().voidItem();
    }
}
