package dk.rodtraad.chassis.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.Causes;
import dk.rodtraad.chassis.problem.EdgeRefusal;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Predicate;

/**
 * Logins that fail before any resource runs, answered in problem+json instead of Quarkus's bare status or redirect:
 * <ul>
 *   <li>Keycloak cannot be reached: 503 with Retry-After, so a client retries and an operator knows where to look
 *       (without this, a 500); a browser opening a page gets it as a Danish page (the refusal page of the edge, as the
 *       user is not known), not as JSON. Once a service has read Keycloak's addresses, a page without a login is sent
 *       there even while it is away; so this page is met when Keycloak has been away since the service started,
 *       e.g. while a whole site starts again, and when a page's expired tokens are to be refreshed while it is away
 *       (a form sent then is told it was not saved, where it went to a login that did not answer either);</li>
 *   <li>a bearer token that is forged, unsigned, expired or issued for another service: 401 with RFC 6750's
 *       {@code invalid_token}, decided from the token and the realm's keys alone;</li>
 *   <li>a page's script (htmx, {@code session.js}) whose login has ended, its session cookie's tokens refused by
 *       Keycloak: 401, where Quarkus OIDC would answer with the way to Keycloak's login, which a script follows to a
 *       page it cannot show (and the browser refuses across origins), so that nothing happened on the page. A
 *       browser opening a page is still sent to the login. Keycloak's refusal of a refresh ({@code invalid_grant}:
 *       the user logged out in another service) is such an end, not a Keycloak that is away
 *       ({@link IdentityProviderAnswer});</li>
 * </ul>
 * A request without any token is {@link ApiChallenge}'s.
 */
@ApplicationScoped
public class LoginFailures {

    private static final Problem UNAVAILABLE = Problem.of(503, "Login er midlertidigt utilgængeligt",
            "Rød Tråd kan ikke nå login-tjenesten (Keycloak) lige nu. Prøv igen om lidt.");
    private static final Problem UNAVAILABLE_NOT_SAVED = Problem.of(503, "Login er midlertidigt utilgængeligt",
            "Rød Tråd kan ikke nå login-tjenesten (Keycloak) lige nu, så det, du sendte, er ikke gemt. Gå tilbage "
                    + "med browserens Tilbage-knap om lidt, og send igen: det, du skrev, står som regel stadig i "
                    + "formularen.");

    /** The prefix of Quarkus OIDC's state cookie, which a login through Keycloak carries from its start to its end. */
    private static final String STATE_COOKIE = "q_auth";

    private final EdgeRefusal refusal;
    private final String badToken;
    private final String loginEnded;

    public LoginFailures(ObjectMapper json, EdgeRefusal refusal) throws JsonProcessingException {
        this.refusal = refusal;
        this.badToken = json.writeValueAsString(Problem.of(401, "Ugyldigt adgangstoken",
                "Adgangstokenet er ugyldigt, udløbet eller ikke udstedt til denne tjeneste. Hent et nyt og prøv igen."));
        this.loginEnded = json.writeValueAsString(Problem.of(401, "Login udløbet",
                "Dit login i Rød Tråd er udløbet. Åbn siden igen for at logge ind."));
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten()) {
            context.next();
        } else if (keycloakAway(failure)) {
            keepTheLogin(context);
            context.response().putHeader(HttpHeaders.RETRY_AFTER, "10");
            refusal.send(context, isRead(context) ? UNAVAILABLE : UNAVAILABLE_NOT_SAVED, false);
        } else if (causedBy(failure, AuthenticationFailedException.class)
                && context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            unauthorized(context, "Bearer error=\"invalid_token\"", badToken);
        } else if (causedBy(failure, AuthenticationFailedException.class)
                && !ApiChallenge.isPageRequest(context)) {
            forgetTheNewLogin(context);
            unauthorized(context, "Bearer", loginEnded);
        } else {
            context.next();
        }
    }

    private static void unauthorized(RoutingContext context, String challenge, String problem) {
        context.response().setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("WWW-Authenticate", challenge)
                .end(problem);
    }

    /**
     * Quarkus OIDC has already begun to answer the failure as a login: the session's cookie removed, a new login's
     * state cookie set. A Keycloak that is away ends no login: the browser keeps its cookies as they were, so that the
     * page works again, without a new login, as soon as Keycloak answers.
     */
    private static void keepTheLogin(RoutingContext context) {
        leaveOut(context, name -> true);
    }

    /**
     * Quarkus OIDC has begun to send the script to a new login: Keycloak's address in {@code Location} and that
     * login's state cookie. A script does not go there (the page asks the user to open it again), so neither is sent;
     * the ended session's cookie is still removed.
     */
    private static void forgetTheNewLogin(RoutingContext context) {
        context.response().headers().remove(HttpHeaders.LOCATION);
        leaveOut(context, name -> name.startsWith(STATE_COOKIE));
    }

    /**
     * Sends no change to the named cookies: the browser keeps them as they were. Vert.x keeps the request's cookies and
     * those the answer sets in one jar, so this drops a cookie Quarkus OIDC set or removed while answering.
     */
    private static void leaveOut(RoutingContext context, Predicate<String> named) {
        context.request().cookies().stream().map(Cookie::getName).filter(named).distinct().toList()
                .forEach(name -> context.response().removeCookies(name, false));
    }

    /** Keycloak did not answer, or answered with an error other than ending the page's session (a login ended). */
    private static boolean keycloakAway(Throwable failure) {
        return !IdentityProviderAnswer.endedTheSession(failure)
                && (causedBy(failure, OIDCException.class) || IdentityProviderAnswer.unreachable(failure));
    }

    private static boolean isRead(RoutingContext context) {
        return context.request().method() == HttpMethod.GET || context.request().method() == HttpMethod.HEAD;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return Causes.of(failure).anyMatch(type::isInstance);
    }
}
