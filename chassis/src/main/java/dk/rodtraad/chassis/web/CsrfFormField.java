package dk.rodtraad.chassis.web;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The CSRF token for a form ({@code {#csrf /}}): quarkus-rest-csrf's own ({@code inject:csrf.token}) when its filter
 * ran for this request, else the token of the request's cookie (the token is not signed, so cookie and field are
 * the same value), else none. Pages a refusal renders (a 403, a 404) are answered before the filter runs, and
 * {@code inject:csrf.token} would fail there; their forms still carry the user's token this way.
 */
@ApplicationScoped
@Named("rtCsrf")
public class CsrfFormField {

    private static final String TOKEN_KEY = "csrf_token";

    private final CsrfTokenParameterProvider csrf;
    private final RoutingContext routing;

    CsrfFormField(CsrfTokenParameterProvider csrf, RoutingContext routing) {
        this.csrf = csrf;
        this.routing = routing;
    }

    public String getParameterName() {
        return csrf.getParameterName();
    }

    public String getToken() {
        Object token = routing.get(TOKEN_KEY);
        if (token != null) {
            return token.toString();
        }
        Cookie cookie = routing.request().getCookie(csrf.getCookieName());
        return cookie == null ? "" : cookie.getValue();
    }
}
