package dk.rodtraad.chassis.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every error that leaves a service into {@code application/problem+json}. Bad input is a 400 naming each
 * offending field and never reaches the database; a stale write is a 409; only a fault of ours is a 500, logged
 * with an incident id the user can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The most violations a problem lists, then how many more there are. */
    static final int MOST_VIOLATIONS = 100;

    /**
     * Bad input by Bean Validation's rules, naming each offending field: at most {@link #MOST_VIOLATIONS} of them, the
     * fields in order. One request can break a rule in thousands of a list's values (20,000 blank signs gave a list
     * of 1.1 MB), and the first hundred tell the client as much.
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(Problem.invalid(Problem.atMost(errors, MOST_VIOLATIONS, "body",
                "Ret de viste, og send igen for at se resten.")));
    }

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e) {
        return respond(Problem.invalid(e.errors()));
    }

    /** Named apart from its parent type: Quarkus REST brings its own mapper for this one. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return unreadableBody(e);
    }

    private static Response unreadableBody(JsonProcessingException e) {
        if (isTooManyTokens(e)) {
            return tooLarge("For stor forespørgsel", "rodtraad.http.max-json-tokens",
                    "Forespørgslens JSON må højst have %,d dele (værdier, feltnavne og klammer). Intet er gemt.",
                    "For mange værdier");
        }
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        // A mismatch without a path is valid JSON of the wrong kind at the top ([…] or "…" where {…} is read).
        String message = e.getCause() instanceof InvalidValueException invalid && !field.isEmpty()
                ? invalid.getMessage()
                : e instanceof MismatchedInputException mismatched ? ExpectedValue.of(mismatched.getTargetType())
                : field.isEmpty() ? "Forespørgslen er ikke gyldig JSON"
                : "Værdien har ikke den rigtige form";
        return respond(Problem.invalid(List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message))));
    }

    /**
     * Whether the failure is a JSON document refused as it was read for having more tokens than the service reads
     * ({@code rodtraad.http.max-json-tokens}, set on the mapper by {@code chassis.input.StrictJson}): Jackson says
     * which of its read constraints was broken only in its message, which names the constraint's getter.
     */
    public static boolean isTooManyTokens(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof StreamConstraintsException && e.getMessage().contains("getMaxTokenCount")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A multipart body (a file upload) that ends before its closing boundary or is otherwise no multipart body: Quarkus
     * REST's parser says so with an {@code IOException} ("Connection terminated reading multipart data"). That is the
     * client's broken request, a 400; any other I/O failure is not ({@code RefusalMappers} asks this first).
     */
    public static boolean isBrokenUpload(Throwable e) {
        return e instanceof IOException && isFromTheUploadParser(e);
    }

    public static Response brokenUpload() {
        return respond(Problem.invalid(List.of(new Problem.FieldError("body",
                "Formularen kunne ikke læses: den er afbrudt eller forkert opbygget. Send filen igen."))));
    }

    /**
     * A multipart body of more parts than {@code quarkus.http.limits.max-parameters}: Quarkus REST's parser says so
     * with a bare {@code RuntimeException} ("Param limit of 1000 was exceeded", quarkusio/quarkus#54681, a 400 from a
     * later Quarkus), which was a 500. The client's form, too large: a 413, as an urlencoded form of too many fields.
     */
    public static boolean isTooManyParts(Throwable e) {
        return e.getClass() == RuntimeException.class && e.getMessage() != null
                && e.getMessage().startsWith("Param limit of") && isFromTheUploadParser(e);
    }

    /** Thrown by Quarkus REST's multipart parser itself, which reads a file upload as it arrives. */
    public static boolean isFromTheUploadParser(Throwable e) {
        StackTraceElement[] where = e.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith(MULTIPART_PARSER);
    }

    public static Response tooManyParts() {
        return tooLarge("For stor formular", "quarkus.http.limits.max-parameters",
                "Formularen må højst have %,d felter. Intet er gemt.", "For mange felter");
    }

    /** A 413 naming the body, its detail saying the limit the setting gives. */
    private static Response tooLarge(String title, String limit, String detail, String message) {
        long most = ConfigProvider.getConfig().getValue(limit, Long.class);
        return respond(Problem.of(413, title, String.format(Problem.DANISH, detail, most),
                List.of(new Problem.FieldError("body", message))));
    }

    private static final String MULTIPART_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response stale(RuntimeException e) {
        return respond(Problem.of(409, "Ændret af en anden",
                "Oplysningerne er ændret, siden du hentede dem. Hent dem igen, og gentag din ændring."));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return respond(Problem.of(401, "Log ind", "Du skal være logget ind."));
    }

    /**
     * A role check that failed, as problem+json. (Not a mapper of its own: {@code chassis.web.RefusalMappers} maps
     * it, and answers a page instead when the resource is one.)
     */
    public static Response forbidden() {
        return respond(Problem.of(403, "Ingen adgang", "Din rolle giver ikke adgang til dette."));
    }

    /** A feature's {@link Refusal} as problem+json, with the feature's Danish words. (Mapped as {@link #forbidden}.) */
    public static Response refused(Refusal e) {
        int status = e.status();
        return respond(Problem.of(status, e.title() != null ? e.title() : TITLES.get(status), e.getMessage()));
    }

    /**
     * A JAX-RS exception as problem+json. (Mapped as {@link #forbidden}.) A parameter the resource method could not
     * convert ({@code age=abc} for an {@code Integer}) is the client's error, not a missing resource: a 400 naming it.
     * Where the request matched no resource method, the detail says in Danish what did not match, where Quarkus REST
     * says it in English and in its own terms ("did not match the value in @Consumes").
     *
     * @param method the resource method the request matched; null when none did
     * @param allowed for a 405, the methods the address does take; else empty
     */
    public static Response http(WebApplicationException e, Method method, UriInfo uri, Request request,
            HttpHeaders headers, Set<String> allowed) {
        List<Problem.FieldError> parameters = unreadableParameters(e, method, uri);
        if (!parameters.isEmpty()) {
            return respond(Problem.invalid(parameters));
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable);
        }
        int status = e.getResponse().getStatus();
        String detail = method == null ? unmatched(status, uri, request, headers, allowed) : null;
        String title = TITLES.getOrDefault(status, "Fejl");
        return respond(Problem.of(status, title, detail != null ? detail : e.getMessage()));
    }

    /** Why a request matched no resource method, in Danish; null for a status Quarkus REST does not route by. */
    private static String unmatched(int status, UriInfo uri, Request request, HttpHeaders headers,
            Set<String> allowed) {
        return switch (status) {
            case 404 -> "Der er intet på adressen " + uri.getPath() + ". API'ets adresser står i /q/openapi.";
            case 405 -> "Adressen " + uri.getPath() + " tager ikke imod " + request.getMethod() + "."
                    + (allowed.isEmpty() ? "" : " Den tager imod " + listed(allowed) + ".")
                    + " Hvad hver operation tager imod, står i /q/openapi.";
            case 406 -> "Svaret kan ikke gives som " + headers.getHeaderString(HttpHeaders.ACCEPT)
                    + ". Bed om application/json (Accept), eller se i /q/openapi, hvad operationen svarer med.";
            case 415 -> "Indhold af typen " + Objects.requireNonNullElse(headers.getHeaderString(
                    HttpHeaders.CONTENT_TYPE), "(ingen)") + " tages ikke imod her. Hvilken type operationen tager "
                    + "imod (oftest application/json, i Content-Type), står i /q/openapi.";
            default -> null;
        };
    }

    /** The methods an address takes, as Danish lists them ("GET og POST"), without the two every address takes. */
    private static String listed(Set<String> methods) {
        List<String> own = methods.stream().filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS")).sorted().toList();
        return own.size() < 2 ? String.join("", own)
                : String.join(", ", own.subList(0, own.size() - 1)) + " og " + own.getLast();
    }

    /**
     * The parameters named in a problem when the exception is Quarkus REST's answer to parameters it could not
     * convert for the method; empty for any other exception.
     */
    public static List<Problem.FieldError> unreadableParameters(WebApplicationException e, Method method, UriInfo uri) {
        return UnreadableParameters.isConversionFailure(e, method) ? UnreadableParameters.of(method, uri) : List.of();
    }

    private static final java.util.Map<Integer, String> TITLES = java.util.Map.of(
            400, "Ugyldig forespørgsel",
            401, "Log ind",
            403, "Ingen adgang",
            404, "Findes ikke",
            405, "Metoden er ikke tilladt",
            406, "Formatet kan ikke leveres",
            409, "Konflikt",
            415, "Forkert indholdstype",
            503, "Midlertidigt utilgængelig");

    /** A fault of ours: logged with an incident id the user can quote. ({@code RefusalMappers} maps what is left.) */
    public static Response unexpected(Throwable e) {
        var incident = UUID.randomUUID();
        LOG.errorf(e, "Incident %s", incident);
        return respond(Problem.of(500, "Uventet fejl",
                "Der skete en fejl hos os. Intet er gemt. Oplys fejlnummer " + incident + " til support."));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The property path as the client named it, e.g. {@code groups[0].signs[2].code}: without the method and
     * parameter that Bean Validation puts first. Bean Validation puts a list index on the node <em>after</em> the
     * list, so it is moved back onto the list's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        var names = new ArrayList<String>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.getLast() + "[" + node.getIndex() + "]");
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return String.join(".", names);
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
