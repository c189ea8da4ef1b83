package dk.rodtraad.testkit;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * The CSRF token a service's forms carry (quarkus-rest-csrf, ADR 0008), for tests that POST a form as a browser
 * does: a browser GETs the page, keeps the {@code csrf-token} cookie and sends the form's hidden field back with it.
 * <pre>{@code
 * FormToken token = FormToken.fetch(as(HANNE));
 * token.on(as(HANNE).contentType(FORM).formParam("text", "...")).post("/sparring/ny");
 * }</pre>
 */
public record FormToken(String value) {

    /** The cookie's and the form field's name (the chassis keeps quarkus-rest-csrf's default). */
    public static final String NAME = "csrf-token";
    /** A page every logged-in user may GET, whatever the role: the chassis's "Vil du logge ud?". */
    public static final String PAGE = "/log-ud";

    /** GETs {@link #PAGE} with the caller's credentials already on {@code request}. */
    public static FormToken fetch(RequestSpecification request) {
        return fetch(request, PAGE);
    }

    /** GETs {@code page} with the caller's credentials already on {@code request}, and keeps the token it set. */
    public static FormToken fetch(RequestSpecification request, String page) {
        var response = request.redirects().follow(false).when().get(page);
        String cookie = response.getCookie(NAME);
        if (cookie == null) {
            throw new AssertionError("GET " + page + " answered " + response.statusCode() + " without a " + NAME
                    + " cookie");
        }
        return new FormToken(cookie);
    }

    /** As the anonymous or {@code @TestSecurity} caller of a plain {@code given()}. */
    public static FormToken fetch() {
        return fetch(given());
    }

    /** The cookie and the form field on a urlencoded form request. */
    public RequestSpecification on(RequestSpecification form) {
        return form.cookie(NAME, value).formParam(NAME, value);
    }

    /** The cookie and the form field on a multipart form request (a file upload). */
    public RequestSpecification onMultipart(RequestSpecification form) {
        return form.cookie(NAME, value).multiPart(NAME, value);
    }
}
