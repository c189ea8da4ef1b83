package dk.rodtraad.systemtests.operations;

import dk.rodtraad.testkit.StackConfig;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings Rød Tråd's deployable modules read in production, as their sources say: each module's
 * {@code application.properties} (and the chassis's configuration, for the services built on it), the configuration
 * its Java code names, and what testkit's stacks pass to the packaged jars, which is what a site must pass too.
 *
 * <p>A setting counts when it is
 * <ul>
 * <li>given only under the {@code %dev}/{@code %test} profiles, or under {@code %prod}: production must be told it;</li>
 * <li>named by a placeholder ({@code ${…}}) without a default that the module does not define itself;</li>
 * <li>one of Rød Tråd's own ({@code rodtraad.*}), with or without a default;</li>
 * <li>passed to a jar by testkit ({@code ServiceConfig}, {@code RunningSystem}, {@code ServiceProcess}).</li>
 * </ul>
 * Quarkus's and Kafka's other settings keep the defaults the modules' files give them and are not counted.
 */
record ProductionSettings(Set<String> keys, Set<String> mappingPrefixes, Set<String> everyRodtraadKey) {

    /** The modules a site runs, each with its own configuration. */
    private static final List<String> DEPLOYED = List.of(StackConfig.CONCERN, StackConfig.NETWORK_MEETING,
            StackConfig.CATALOGUE, StackConfig.FOLLOWUP, StackConfig.AUTHORITY_CONSUMER, StackConfig.ANALYTICS);

    private static final Path CHASSIS_CONFIG = Path.of("chassis/src/main/resources/META-INF/microprofile-config.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9._-]*)(:[^}]*)?}");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern PUT = Pattern.compile("\\.put\\(\"([a-z][a-z0-9.-]*)\"");
    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("\"-D([a-z][a-z0-9.-]*)=");
    private static final List<String> TESTKIT_LAUNCHERS = List.of("ServiceConfig.java", "RunningSystem.java",
            "ServiceProcess.java");

    static ProductionSettings of(Path root) {
        var keys = new TreeSet<String>();
        var prefixes = new TreeSet<String>();
        var rodtraad = new TreeSet<String>();
        for (String module : DEPLOYED) {
            Module configuration = Module.of(root, module);
            keys.addAll(configuration.production());
            prefixes.addAll(configuration.mappingPrefixes);
            configuration.everyKey().stream().filter(ProductionSettings::isRodtraad).forEach(rodtraad::add);
        }
        Path testkit = root.resolve("testkit/src/main/java/dk/rodtraad/testkit");
        for (String launcher : TESTKIT_LAUNCHERS) {
            String source = read(testkit.resolve(launcher));
            keys.addAll(matches(PUT, source));
            keys.addAll(matches(SYSTEM_PROPERTY, source));
        }
        return new ProductionSettings(keys, prefixes, rodtraad);
    }

    static boolean isRodtraad(String key) {
        return key.startsWith("rodtraad.");
    }

    /** One module's configuration: its own and, for a service, the chassis's. */
    private record Module(Set<String> unprofiled, Set<String> profiledOnly, Set<String> prod,
            Set<String> withoutDefault, Set<String> withDefault, Set<String> javaNames, Set<String> mappingPrefixes) {

        static Module of(Path root, String module) {
            Path dir = root.resolve(module);
            boolean onChassis = read(dir.resolve("pom.xml")).contains("<artifactId>chassis</artifactId>");
            var files = new ArrayList<Path>();
            var sources = new ArrayList<Path>();
            if (onChassis) {
                files.add(root.resolve(CHASSIS_CONFIG));
                sources.add(root.resolve("chassis/src/main/java"));
            }
            files.add(dir.resolve("src/main/resources/application.properties"));
            sources.add(dir.resolve("src/main/java"));

            var unprofiled = new HashSet<String>();
            var profiled = new HashSet<String>();
            var prod = new HashSet<String>();
            var withoutDefault = new HashSet<String>();
            var withDefault = new HashSet<String>();
            for (Path file : files) {
                Properties properties = new Properties();
                try {
                    properties.load(new StringReader(read(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (String name : properties.stringPropertyNames()) {
                    if (!name.startsWith("%")) {
                        unprofiled.add(name);
                    } else {
                        String profiles = name.substring(1, name.indexOf('.'));
                        String key = name.substring(name.indexOf('.') + 1);
                        (List.of(profiles.split(",")).contains("prod") ? prod : profiled).add(key);
                    }
                    placeholders(properties.getProperty(name), withoutDefault, withDefault);
                }
            }
            var javaNames = new HashSet<String>();
            var prefixes = new HashSet<String>();
            for (Path source : sources) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.filter(p -> p.toString().endsWith(".java")).map(ProductionSettings::read).forEach(java -> {
                        javaNames.addAll(matches(CONFIG_PROPERTY, java));
                        prefixes.addAll(matches(CONFIG_MAPPING, java));
                        placeholders(java, withoutDefault, withDefault);
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Module(unprofiled, profiled, prod, withoutDefault, withDefault, javaNames, prefixes);
        }

        /** What production must be told, and Rød Tråd's own settings. */
        Set<String> production() {
            var production = new TreeSet<String>(prod);
            profiledOnly.stream().filter(key -> !unprofiled.contains(key)).forEach(production::add);
            withoutDefault.stream().filter(key -> !unprofiled.contains(key)).forEach(production::add);
            everyKey().stream().filter(ProductionSettings::isRodtraad).forEach(production::add);
            return production;
        }

        Set<String> everyKey() {
            var every = new TreeSet<String>();
            Stream.of(unprofiled, profiledOnly, prod, withoutDefault, withDefault, javaNames).forEach(every::addAll);
            return every;
        }

        private static void placeholders(String text, Set<String> withoutDefault, Set<String> withDefault) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                (m.group(2) == null ? withoutDefault : withDefault).add(m.group(1));
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        var found = new TreeSet<String>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
