package dk.rodtraad.concern.web;

import dk.rodtraad.testkit.FormToken;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static dk.rodtraad.concern.Staff.as;

/**
 * Requests as a browser sends a form, as a demo professional with a token Keycloak issued, with the form's CSRF token
 * and its cookie from a page the user first GETs.
 */
public final class Forms {

    public static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    public static RequestSpecification form(String user, Map<String, ?> fields) {
        var request = withoutToken(user);
        FormToken.fetch(as(user)).on(request);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request;
    }

    /** The same form without its CSRF token, as another site would send it. */
    public static RequestSpecification withoutToken(String user) {
        return as(user).contentType(FORM).redirects().follow(false);
    }

    private Forms() {
    }
}
