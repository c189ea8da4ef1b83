package dk.rodtraad.chassis.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * The query and path parameters of a request that its resource method cannot read, e.g. {@code age=abc} for an
 * {@code Integer age}. Quarkus REST, as Jakarta REST prescribes, answers such a parameter with a
 * {@code NotFoundException} (query, path) or a {@code BadRequestException} (form, header) that wraps the conversion's
 * error and names nothing; the resource was found, so the error is the client's, a 400 that names the parameter.
 * The names are found again by checking each of the method's typed parameters as {@link ExpectedValue} reads them.
 */
final class UnreadableParameters {

    /** Whether the exception is Quarkus REST's answer to a parameter it could not convert for the method. */
    static boolean isConversionFailure(WebApplicationException e, Method method) {
        return method != null && (e instanceof NotFoundException || e instanceof BadRequestException)
                && e.getCause() != null && !(e.getCause() instanceof WebApplicationException);
    }

    /** Each parameter that cannot be read, with what it should be; one general entry when none can be named. */
    static List<Problem.FieldError> of(Method method, UriInfo uri) {
        var errors = new ArrayList<Problem.FieldError>();
        for (Parameter parameter : method.getParameters()) {
            MultivaluedMap<String, String> sent = sentIn(parameter, uri);
            String name = nameOf(parameter);
            if (sent == null || name == null || sent.get(name) == null) {
                continue;
            }
            Class<?> type = valueType(parameter);
            if (sent.get(name).stream().anyMatch(value -> !ExpectedValue.reads(type, value))) {
                errors.add(new Problem.FieldError(name, ExpectedValue.of(type)));
            }
        }
        return errors.isEmpty()
                ? List.of(new Problem.FieldError("query", "En parameter i adressen har ikke den rigtige form"))
                : errors;
    }

    private static MultivaluedMap<String, String> sentIn(Parameter parameter, UriInfo uri) {
        if (parameter.isAnnotationPresent(RestQuery.class) || parameter.isAnnotationPresent(QueryParam.class)) {
            return uri.getQueryParameters();
        }
        if (parameter.isAnnotationPresent(RestPath.class) || parameter.isAnnotationPresent(PathParam.class)) {
            return uri.getPathParameters();
        }
        return null;
    }

    /** The name the client uses: the annotation's, or, as Quarkus REST does without one, the Java parameter's. */
    private static String nameOf(Parameter parameter) {
        String named = parameter.isAnnotationPresent(RestQuery.class) ? parameter.getAnnotation(RestQuery.class).value()
                : parameter.isAnnotationPresent(QueryParam.class) ? parameter.getAnnotation(QueryParam.class).value()
                : parameter.isAnnotationPresent(RestPath.class) ? parameter.getAnnotation(RestPath.class).value()
                : parameter.isAnnotationPresent(PathParam.class) ? parameter.getAnnotation(PathParam.class).value()
                : null;
        return named == null || !named.isEmpty() ? named : parameter.getName();
    }

    /** The parameter's type, or a list's element type. */
    private static Class<?> valueType(Parameter parameter) {
        if (parameter.getParameterizedType() instanceof ParameterizedType generic
                && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return parameter.getType();
    }

    private UnreadableParameters() {
    }
}
