package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.EdgeRefusal;
import dk.rodtraad.chassis.problem.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;

/**
 * The sizes a request may have, each refusal a problem+json (or, for a browser, a Danish page: {@link EdgeRefusal})
 * and one WARN line, before anything else reads the request:
 * <ul>
 * <li>the address with its query longer than {@code rodtraad.http.max-url-length} characters: {@code 414};</li>
 * <li>the headers larger than {@code rodtraad.http.max-header-size}: {@code 431};</li>
 * <li>the body larger than {@code quarkus.http.limits.max-body-size}: {@code 413}, at once when its
 * {@code Content-Length} says so, else as soon as that much has arrived; the connection is then closed rather than
 * the rest read.</li>
 * </ul>
 * It reads two kinds of body itself, as Vert.x's {@code BodyHandler} does, and hands them on in the routing context,
 * where Quarkus REST takes them from: an urlencoded form, so {@link RequestText} can check its fields before Quarkus
 * REST parses them, and a body without a {@code Content-Length} (chunked), so one too large is refused here and not
 * in the middle of Quarkus REST's reading (an empty 413 and two stack traces). Quarkus REST reads any other body
 * itself, bounded by its announced length (handed one read already, its reader of a {@code byte[]} with a
 * {@code Content-Length} reads nothing: a file of zeros).
 * <p>
 * Why here, and why two limits for the address and the headers: Quarkus answers a body over its limit with an empty
 * {@code 413} (a route of order -2 that ends the response itself, so no failure handler sees it), and Vert.x answers
 * a request line or headers over {@code quarkus.http.limits.max-initial-line-length}/{@code max-header-size} with an
 * empty {@code 414}/{@code 431} from its HTTP codec, before any route (Quarkus offers no hook for Vert.x's
 * {@code invalidRequestHandler}). This filter runs first (priority {@value #PRIORITY}, before CORS at 300) with the
 * limits the services mean; the codec's are set far higher, as a guard for memory only.
 */
@ApplicationScoped
public class RequestLimits {

    static final int PRIORITY = 400;
    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final EdgeRefusal refusal;
    private final int maxUrlLength;
    private final long maxHeaderSize;
    private final long maxBodySize;

    RequestLimits(EdgeRefusal refusal,
            @ConfigProperty(name = "rodtraad.http.max-url-length") int maxUrlLength,
            @ConfigProperty(name = "rodtraad.http.max-header-size") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.refusal = refusal;
        this.maxUrlLength = maxUrlLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxUrlLength) {
            refuse(context, Problem.of(414, "Adressen er for lang", "Adressen med dens søgning må højst være "
                    + maxUrlLength + " tegn. Intet er gemt."), "address of " + request.uri().length() + " characters");
            return;
        }
        long headerSize = headerSize(request);
        if (headerSize > maxHeaderSize) {
            refuse(context, Problem.of(431, "For store headere", "Forespørgslens headere må højst fylde "
                    + maxHeaderSize + " byte. Intet er gemt."), "headers of " + headerSize + " bytes");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && Long.parseLong(length.strip()) > maxBodySize) {
            refuseBody(context, length + " bytes announced");
            return;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean chunked = request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        if (RequestText.isForm(type) ? length == null && !chunked : length != null || !chunked || isMultipart(type)) {
            context.next();
            return;
        }
        readBody(context);
    }

    /**
     * A multipart body (a file upload) is Quarkus REST's to read as it comes, writing the files to disk; its parser
     * cannot take one read already. Beyond its announced size it is Quarkus's limit that answers.
     */
    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Reads the whole body, up to the limit, into the routing context, then goes on. */
    private void readBody(RoutingContext context) {
        HttpServerRequest request = context.request();
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > maxBodySize) {
                refused[0] = true;
                refuseBody(context, "more than " + maxBodySize + " bytes sent");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                context.setBody(body);
                context.next();
            }
        });
        // The client went away mid-body: nothing to answer, and no stack trace for it.
        request.exceptionHandler(error -> LOG.debugf("Body of %s %s not read: %s", request.method(), request.path(), error));
        request.resume();
    }

    private void refuseBody(RoutingContext context, String why) {
        refuse(context, Problem.of(413, "For stor forespørgsel", "Forespørgslen må højst fylde "
                + megabytes(maxBodySize) + ". Intet er gemt."), "body of " + why);
    }

    private void refuse(RoutingContext context, Problem problem, String why) {
        LOG.warnf("Refused %s %s with %d: %s", context.request().method(), context.request().path(), problem.status(), why);
        refusal.send(context, problem, true);
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
    }
}
