package dk.rodtraad.concern.web;

import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static dk.rodtraad.concern.Staff.as;

/** Requests as a browser sends a form, as a demo professional with a token Keycloak issued. */
final class Forms {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    static RequestSpecification form(String user, Map<String, ?> fields) {
        var request = as(user).contentType(FORM).redirects().follow(false);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request;
    }

    private Forms() {
    }
}
