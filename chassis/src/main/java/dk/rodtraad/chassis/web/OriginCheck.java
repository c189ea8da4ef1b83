package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.EdgeRefusal;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a state-changing request that another site started, before authentication and before any resource runs:
 * a POST, PUT, PATCH or DELETE whose {@code Origin} (or, without one, {@code Referer}) names another origin than the
 * request's own or one of {@code rodtraad.web.allowed-origins} gets a 403. A request with neither header (an API
 * client) passes: the browsers we support send {@code Origin} with every POST. {@code Origin: null} (a sandboxed
 * frame, a {@code data:} page) is another site. The refusal is a Danish page for a browser and problem+json for
 * anything else, by the client's {@code Accept} ({@link EdgeRefusal}), as no resource has been matched yet.
 * <p>
 * It also keeps {@code GET /logout} from logging out: Quarkus OIDC logs out on any method to its logout path, so a
 * GET or HEAD there is sent on to {@code /log-ud}, the page that asks first and logs out with a POST form.
 * <p>
 * A Vert.x route filter and not a JAX-RS filter, because OIDC's logout and the form-login redirects happen in the
 * authentication handler, before Quarkus REST: priority {@value #PRIORITY} runs it after CORS (300) and before
 * authentication (200).
 */
@ApplicationScoped
public class OriginCheck {

    static final int PRIORITY = 250;
    private static final Logger LOG = Logger.getLogger(OriginCheck.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    /** What a browser shows as a page, an API client as problem+json ({@link EdgeRefusal}). */
    private static final Problem ANOTHER_SITE = Problem.of(403, "Afvist", "Forespørgslen kom fra en anden hjemmeside end "
            + "Rød Tråd og er afvist. Intet er gemt. Åbn Rød Tråd direkte, og prøv igen.");

    private final Set<String> allowed;
    private final String logoutPath;
    private final EdgeRefusal refusal;

    OriginCheck(EdgeRefusal refusal,
                @ConfigProperty(name = "rodtraad.web.allowed-origins") Optional<List<String>> allowed,
                @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> logoutPath) {
        this.allowed = allowed.orElse(List.of()).stream().map(OriginCheck::originOf).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        this.logoutPath = logoutPath.orElse(null);
        this.refusal = refusal;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method())) {
            if (request.path().equals(logoutPath) && request.method() != HttpMethod.OPTIONS) {
                context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/log-ud").end();
                return;
            }
            context.next();
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String referer = request.getHeader(HttpHeaders.REFERER);
        String claimed = origin != null ? origin.trim()
                : referer != null ? originOf(referer).orElse("null") : null;
        if (claimed == null || isOwn(claimed, request)) {
            context.next();
            return;
        }
        LOG.warnf("Refused %s %s from another site: %s", request.method(), request.path(), claimed);
        refusal.send(context, ANOTHER_SITE, false);
    }

    private boolean isOwn(String claimed, HttpServerRequest request) {
        String normalized = originOf(claimed).orElse(null);
        if (normalized == null) {
            return false;
        }
        String own = (request.scheme() + "://" + request.authority()).toLowerCase(Locale.ROOT);
        return normalized.equals(originOf(own).orElse(own)) || allowed.contains(normalized);
    }

    /** {@code scheme://host[:port]} in lower case, the default port left out; empty for anything else. */
    static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
