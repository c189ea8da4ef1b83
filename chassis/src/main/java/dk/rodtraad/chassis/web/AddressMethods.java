package dk.rodtraad.chassis.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which methods an address of the service takes, for the {@code Allow} header a {@code 405} must carry (RFC 9110,
 * section 15.5.6): Quarkus REST answers a method the address does not take without one (its {@code OPTIONS} lists the
 * methods of the whole resource class instead: {@link OptionsAnswer}). Read from the resource classes' {@code @Path}
 * and method annotations the first time a 405 or an {@code OPTIONS} asks, as Quarkus REST matches them: a
 * template's {@code {id}} is one segment, {@code {id: re}} what the expression matches.
 */
@ApplicationScoped
public class AddressMethods {

    /** A template's parameter: {@code {name}}, or {@code {name: expression}} (whose braces may nest one deep). */
    private static final Pattern PARAMETER =
            Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    /** Read when first asked, not at start: a start's every millisecond counts, a 405 is rare (read twice at worst). */
    private volatile List<Address> addresses;

    /** The methods the address takes ({@code HEAD} with {@code GET}, and {@code OPTIONS}); empty when it takes none. */
    public Set<String> at(String path) {
        String address = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        var methods = new TreeSet<String>();
        if (addresses == null) {
            addresses = read();
        }
        addresses.stream().filter(a -> a.pattern().matcher(address).matches()).forEach(a -> methods.add(a.method()));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    private static List<Address> read() {
        var found = new ArrayList<Address>();
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Address(pattern(join(root.value(), sub == null ? "" : sub.value())), verb));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The class's and the method's {@code @Path} as one address: one slash before each, none at the end. */
    private static String join(String root, String sub) {
        return "/" + strip(root) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }

    /** The template as a regular expression: its literal text quoted, each parameter what it may match. */
    static Pattern pattern(String template) {
        var regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())))
                    .append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            at = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString());
    }

    private record Address(Pattern pattern, String method) {
    }
}
