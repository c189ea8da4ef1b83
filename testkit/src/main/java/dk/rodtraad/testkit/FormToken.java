package dk.rodtraad.testkit;

import io.restassured.specification.RequestSpecification;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

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

    /**
     * A file upload to {@code target} of this token and {@code parts} more one-letter fields, as a browser or a proxy
     * would send it (java.net.http, which keeps its connection open for the next request), for a form with more parts
     * than {@code quarkus.http.limits.max-parameters} allows.
     */
    public HttpRequest uploadOfParts(URI target, int parts) {
        String boundary = "rodtraad-mange";
        var body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + NAME
                + "\"\r\n\r\n" + value + "\r\n");
        for (int i = 0; i < parts; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"f").append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", NAME + "=" + value)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }
}
