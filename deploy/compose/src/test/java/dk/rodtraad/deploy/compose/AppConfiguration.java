package dk.rodtraad.deploy.compose;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables one module's configuration reads: every property its {@code application.properties} (and,
 * for a service, the chassis's {@code microprofile-config.properties}) sets in any profile or names in a
 * {@code ${...}} expression, every {@code @ConfigProperty(name = ...)} and every property of a {@code @ConfigMapping}
 * interface in its sources, each in the form Quarkus maps from the environment ({@code foo.bar-baz} is read from
 * {@code FOO_BAR_BAZ}: upper case, anything but a letter or digit an underscore).
 */
final class AppConfiguration {

    private static final Pattern PROFILE = Pattern.compile("^%[^.]+\\.");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MAPPING_METHOD = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\(\\)\\s*;");

    private AppConfiguration() {
    }

    /** @param module the module's folder, e.g. the repository's concern-service */
    static Set<String> environmentVariables(Path root, Path module) {
        var properties = new TreeSet<String>();
        readProperties(module.resolve("src/main/resources/application.properties"), properties);
        if (usesChassis(module)) {
            readProperties(root.resolve("chassis/src/main/resources/META-INF/microprofile-config.properties"), properties);
        }
        readSources(module.resolve("src/main/java"), properties);
        var variables = new TreeSet<String>();
        properties.forEach(property -> variables.add(environmentName(property)));
        return variables;
    }

    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean usesChassis(Path module) {
        return read(module.resolve("pom.xml")).contains("<artifactId>chassis</artifactId>");
    }

    private static void readProperties(Path file, Set<String> names) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((key, value) -> {
            // "%dev,test.quarkus.datasource.username" is read as quarkus.datasource.username in those profiles.
            names.add(PROFILE.matcher(key.toString()).replaceFirst(""));
            Matcher expression = EXPRESSION.matcher(value.toString());
            while (expression.find()) {
                names.add(expression.group(1));
            }
        });
    }

    private static void readSources(Path sources, Set<String> names) {
        if (!Files.isDirectory(sources)) {
            return;
        }
        try (var files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).map(AppConfiguration::read).forEach(source -> {
                CONFIG_PROPERTY.matcher(source).results().forEach(found -> names.add(found.group(1)));
                CONFIG_MAPPING.matcher(source).results().forEach(found -> addMapping(found.group(1), source, names));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A mapping's properties are its prefix and its methods' names in kebab case, one level deep or, through a nested
     * group ({@code webhook().url()}), two: every such pair is accepted, a superset that still refuses a misspelling.
     */
    private static void addMapping(String prefix, String source, Set<String> names) {
        var methods = MAPPING_METHOD.matcher(source).results().map(found -> kebab(found.group(1))).toList();
        for (String method : methods) {
            names.add(prefix + "." + method);
            methods.forEach(nested -> names.add(prefix + "." + method + "." + nested));
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
