package dk.rodtraad.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * How a request is refused before any resource runs: by the route filters in front of Quarkus REST
 * ({@code chassis.web.RequestLimits}, {@code RequestText}, {@code OriginCheck}) and by a login that fails
 * ({@code chassis.security.LoginFailures}). No resource has been matched yet, so, as {@code RefusalMappers} does for a
 * path that matches nothing, the client's {@code Accept} decides ({@link #prefersPage(RoutingContext)}, also the rule
 * by which {@code ApiChallenge} tells a page request). A browser gets a Danish page that names the fields, standing on
 * its own (the user is not known yet, so the layout with its header cannot be used); anything else gets the
 * problem+json.
 */
@ApplicationScoped
public class EdgeRefusal {

    private final Template page;
    private final ObjectMapper json;

    EdgeRefusal(@Location("rodtraad/forespoergsel-afvist.html") Template page, ObjectMapper json) {
        this.page = page;
        this.json = json;
    }

    /** Answers with the problem; with {@code closeConnection} also closes the connection after it (a body not read). */
    public void send(RoutingContext context, Problem problem, boolean closeConnection) {
        var response = context.response().setStatusCode(problem.status());
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(ended -> context.request().connection().close());
        }
        if (prefersPage(context)) {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8")
                    .end(page.data("title", problem.title()).data("text", problem.detail())
                            .data("errors", problem.errors() == null ? List.of() : problem.errors()).render());
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(write(problem));
        }
    }

    /** Whether the type the client prefers (the first of the highest quality) is {@code text/html}. */
    public static boolean prefersPage(RoutingContext context) {
        return prefersPage(context.request().getHeader(HttpHeaders.ACCEPT));
    }

    static boolean prefersPage(String accept) {
        if (accept == null) {
            return false;
        }
        String preferred = null;
        double best = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > best) {
                best = quality;
                preferred = parts[0].strip().toLowerCase(Locale.ROOT);
            }
        }
        return "text/html".equals(preferred);
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
