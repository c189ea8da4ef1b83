package dk.rodtraad.chassis.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dk.rodtraad.chassis.time.StoredTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;

/**
 * Verified bearer tokens: the identity Quarkus OIDC made of a bearer token, kept by the token's exact text until
 * shortly before the token expires, so that a client sending the same token again is not verified again (ADR 0030).
 * Verifying a token was a third of what a timeline read allocated (the JSON parser's buffers, Base64, the claims'
 * maps, the RSA check), and a client sends its token with every request for the token's whole life.
 * <p>
 * A token that differs in a single character is another key, verified in full; a refused token is never kept. Only
 * bearer access tokens are kept: a browser's session (the code flow) is left to Quarkus OIDC, which may refresh it.
 * The identity kept is the one OIDC made; each request gets a copy naming its own request (the routing context
 * OIDC puts in the identity is the request's).
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** A token is not kept for its last seconds: clocks differ a little, and OIDC then checks it as it expires. */
    static final Duration BEFORE_EXPIRY = Duration.ofSeconds(10);

    /** The identity's attributes OIDC takes from the request (OidcUtils#setRoutingContextAttribute and the next). */
    private static final String REQUEST = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private final OidcIdentityProvider oidc;
    private final StoredTime time;
    private final Duration maxAge;
    private final Cache<String, Kept> kept;

    VerifiedTokens(OidcIdentityProvider oidc, StoredTime time, MeterRegistry registry,
            @ConfigProperty(name = "rodtraad.security.verified-tokens.size") int size,
            @ConfigProperty(name = "rodtraad.security.verified-tokens.max-age") Duration maxAge) {
        this.oidc = oidc;
        this.time = time;
        this.maxAge = maxAge;
        this.kept = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfter(Expiry.<String, Kept>creating((token, entry) -> entry.lifetime(time.now())))
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, kept, "verified-tokens");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before Quarkus OIDC's provider, which it asks in turn for a token it does not hold. */
    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential bearer)) {
            return oidc.authenticate(request, context);
        }
        String token = bearer.getToken();
        Kept known = kept.getIfPresent(token);
        if (known != null) {
            return Uni.createFrom().item(known.forRequest(HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(token, identity));
    }

    private void keep(String token, SecurityIdentity identity) {
        if (identity instanceof QuarkusSecurityIdentity verified
                && verified.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            Instant now = time.now();
            Instant until = Kept.until(Instant.ofEpochSecond(jwt.getExpirationTime()), now, maxAge);
            if (until.isAfter(now)) {
                kept.put(token, new Kept(verified, until));
            }
        }
    }

    /** An identity OIDC verified, and when it stops being used. */
    record Kept(QuarkusSecurityIdentity identity, Instant until) {

        /** The earlier of shortly before the token expires and the longest a token is kept. */
        static Instant until(Instant expires, Instant now, Duration maxAge) {
            Instant beforeExpiry = expires.minus(BEFORE_EXPIRY);
            Instant longest = now.plus(maxAge);
            return beforeExpiry.isBefore(longest) ? beforeExpiry : longest;
        }

        Duration lifetime(Instant now) {
            Duration left = Duration.between(now, until);
            return left.isNegative() ? Duration.ZERO : left;
        }

        /** The identity as OIDC makes it for this request: its attributes naming this request, not the first. */
        SecurityIdentity forRequest(RoutingContext request) {
            var builder = QuarkusSecurityIdentity.builder(identity).addAttribute(REQUEST, request);
            if (identity.getAttributes().containsKey(REQUEST_CONTEXT)) {
                builder.addAttribute(REQUEST_CONTEXT, request == null ? null : request.get(REQUEST_CONTEXT));
            }
            return builder.build();
        }
    }
}
