package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.outage.DatabaseOutage;
import dk.rodtraad.chassis.outage.Overload;
import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.problem.ProblemMappers;
import dk.rodtraad.chassis.problem.Refusal;
import dk.rodtraad.chassis.problem.SimultaneousWrite;
import io.quarkus.security.ForbiddenException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one place, in every service, that answers a refusal: a feature's {@link Refusal}, a role check that failed, a
 * JAX-RS exception (a path that matches nothing, a method not allowed), the database away ({@link DatabaseOutage}) or
 * more requests than the service lets wait for it ({@link Overload}).
 * A page (a resource that produces {@code text/html}) gets the Danish {@link RefusalPage}; the API gets problem+json
 * ({@link ProblemMappers}). When no resource matched, the browser's {@code Accept} decides, so a mistyped address in
 * the browser reads Danish too. Every 503 says when to try again ({@code Retry-After}).
 */
public class RefusalMappers {

    private static final Logger LOG = Logger.getLogger(RefusalMappers.class);

    private final RefusalPage page;
    private final DatabaseOutage outage;
    private final Overload overload;
    private final AddressMethods addresses;

    RefusalMappers(RefusalPage page, DatabaseOutage outage, Overload overload, AddressMethods addresses) {
        this.page = page;
        this.outage = outage;
        this.overload = overload;
        this.addresses = addresses;
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, ResourceInfo resource, HttpHeaders headers) {
        return refused(e, resource, headers.getAcceptableMediaTypes());
    }

    private Response refused(Refusal e, ResourceInfo resource, List<MediaType> acceptable) {
        Response answer = isPage(resource, acceptable) ? page.of(e.status(), e) : ProblemMappers.refused(e);
        return e.status() == 503 ? retryLater(answer) : answer;
    }

    /**
     * Whatever else fails: a broken upload is the client's 400, one of too many parts its 413 (closing the
     * connection: {@link #closingTheConnection}); a request over the bound of those waiting for the database is shed
     * with a 503 ({@link Overload}); a write that met a unique constraint another request had just taken is a 409
     * ({@link SimultaneousWrite}); the database (or the network to it) away is a 503 that the {@link DatabaseOutage}
     * logs once per outage; anything else is a fault of ours, a 500 with an incident id
     * ({@link ProblemMappers#unexpected}).
     */
    @ServerExceptionMapper
    public Response failed(Throwable e, ResourceInfo resource, HttpHeaders headers, HttpServerRequest request) {
        if (ProblemMappers.isTooManyParts(e)) {
            LOG.warnf("Refused %s %s with 413: an upload of more parts than quarkus.http.limits.max-parameters",
                    request.method(), request.path());
            return closingTheConnection(ProblemMappers.tooManyParts(), request);
        }
        return failed(e, resource, headers.getAcceptableMediaTypes());
    }

    /**
     * The answer, and the connection closed after it: Quarkus REST's multipart parser reads on after it has refused a
     * body of too many parts, and leaves the connection unusable, so the next request on it would hang (found by the
     * bad-input corpus). Behind a proxy that keeps its connections to the service open, that request could be
     * another user's. (What the parser fails on as it reads on is {@link UploadRunOn}'s.)
     */
    private static Response closingTheConnection(Response answer, HttpServerRequest request) {
        request.response().endHandler(ended -> request.response().close());
        return Response.fromResponse(answer).header("Connection", "close").build();
    }

    /** As the mapper {@code failed} above, for a failure after the mappers, in a filter. */
    public Response failed(Throwable e, ResourceInfo resource, List<MediaType> acceptable) {
        if (ProblemMappers.isBrokenUpload(e)) {
            return ProblemMappers.brokenUpload();
        }
        if (TransientFailure.isBusy(e)) {
            return refused(overload.shed(e), resource, acceptable);
        }
        var constraint = SimultaneousWrite.constraint(e);
        if (constraint.isPresent()) {
            LOG.warnf("A write met the unique constraint %s, which another request had just taken: answered 409",
                    constraint.get());
            return refused(SimultaneousWrite.refusal(), resource, acceptable);
        }
        if (!TransientFailure.is(e)) {
            return ProblemMappers.unexpected(e);
        }
        outage.noticed(e);
        return refused(DatabaseOutage.refusal(), resource, acceptable);
    }

    private static Response retryLater(Response answer) {
        return Response.fromResponse(answer).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource, HttpHeaders headers) {
        return isPage(resource, headers) ? page.of(403, null) : ProblemMappers.forbidden();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, ResourceInfo resource, HttpHeaders headers, UriInfo uri,
            Request request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        List<FieldError> unreadable = ProblemMappers.unreadableParameters(e, method, uri);
        if (!unreadable.isEmpty() && isPage(resource, headers)) {
            return page.invalid(unreadable);
        }
        int status = e.getResponse().getStatus();
        // A method the address does not take: which it does take, as RFC 9110 asks of a 405 (Quarkus REST omits it).
        Set<String> allowed = status == 405 && method == null ? addresses.at(uri.getPath()) : Set.of();
        Response answer = isPage(resource, headers) && status >= 403 ? page.of(status, null)
                : ProblemMappers.http(e, method, uri, request, headers, allowed);
        return allowed.isEmpty() ? answer : Response.fromResponse(answer).allow(allowed).build();
    }

    static boolean isPage(ResourceInfo resource, HttpHeaders headers) {
        return isPage(resource, headers.getAcceptableMediaTypes());
    }

    /** Whether the resource the request matched answers with pages; when none was matched, the client's Accept. */
    static boolean isPage(ResourceInfo resource, List<MediaType> acceptable) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            MediaType preferred = acceptable.getFirst();
            return !preferred.isWildcardType() && preferred.isCompatible(MediaType.TEXT_HTML_TYPE);
        }
        return Stream.<AnnotatedElement>of(method, method.getDeclaringClass())
                .map(element -> element.getAnnotation(Produces.class))
                .filter(produces -> produces != null)
                .findFirst()
                .map(produces -> Stream.of(produces.value()).anyMatch(type -> type.startsWith(MediaType.TEXT_HTML)))
                .orElse(false);
    }
}
