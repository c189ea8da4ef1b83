package dk.rodtraad.chassis.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.MIMEHeader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * How the route filters in front of Quarkus REST ({@link RequestLimits}, {@link RequestText}) refuse a request: no
 * resource has been matched yet, so, as {@link RefusalMappers} does for a path that matches nothing, the browser's
 * {@code Accept} decides. A browser gets a Danish page that names the fields, standing on its own (the user is not
 * known yet, so the layout with its header cannot be used); anything else gets the problem+json.
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

    private static boolean prefersPage(RoutingContext context) {
        List<MIMEHeader> accepted = context.parsedHeaders().accept();
        if (accepted.isEmpty()) {
            return false;
        }
        MIMEHeader preferred = accepted.getFirst();
        return "text".equals(preferred.component()) && "html".equals(preferred.subComponent());
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
