package dk.rodtraad.deploy.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a compose file of Rød Tråd keeps, checked on its parsed form without a container engine; {@link #problems}
 * answers one line per broken rule, none when it is sound.
 * <ul>
 *   <li>every image is one of Rød Tråd's, named as the images are built ({@code rodtraad/<artifactId>:${RODTRAAD_VERSION:-<version>}}),
 *       under the service of its own name, or a third-party image pinned to a tag (never {@code latest}, never a
 *       variable), and at the version the testkit runs where {@code serverVersions} names one;</li>
 *   <li>no two services publish the same host port, and Rød Tråd's listen on 8080 in their containers;</li>
 *   <li>every environment variable one of Rød Tråd's gets is one its configuration reads ({@link AppConfiguration});</li>
 *   <li>every service that keeps running has a health check; every {@code depends_on} names a service that exists,
 *       waits for it to be healthy (and it has a health check) or, for a one-shot job ({@code restart: "no"}), to
 *       have completed;</li>
 *   <li>every file or folder a service mounts exists in the repository, and every named volume is declared;</li>
 *   <li>each of Rød Tråd's services has at least {@value #STOP_GRACE_SECONDS} s to stop
 *       ({@code stop_grace_period}; compose's default is 10 s, after which it kills): a stop under load waits for
 *       the batch a consumer was applying, about 5 s (docs/events.md, "When a consumer stops").</li>
 * </ul>
 *
 * @param apps           Rød Tråd's images: artifactId to the environment variables its configuration reads
 * @param serverVersions a third-party image's repository to the tag it must carry (the testkit's server versions)
 */
record ComposeCheck(Path root, Path composeDir, String version, Map<String, Set<String>> apps,
        Map<String, String> serverVersions) {

    private static final Pattern PINNED = Pattern.compile("[a-z0-9./_-]+:[A-Za-z0-9._-]+");
    private static final int APP_PORT = 8080;
    static final int STOP_GRACE_SECONDS = 30;
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?");

    List<String> problems(Map<String, Object> compose) {
        var problems = new ArrayList<String>();
        Map<String, Object> services = map(compose.get("services"));
        apps.keySet().stream().filter(app -> !services.containsKey(app))
                .forEach(app -> problems.add("Rød Tråd's " + app + " is not in the compose file"));
        var hostPorts = new HashMap<String, String>();
        services.forEach((name, definition) -> {
            Map<String, Object> service = map(definition);
            checkImage(name, service, problems);
            checkPorts(name, service, hostPorts, problems);
            checkEnvironment(name, service, problems);
            checkDependencies(name, service, services, problems);
            checkMounts(name, service, map(compose.get("volumes")), problems);
            checkStopGrace(name, service, problems);
        });
        return problems;
    }

    private void checkImage(String name, Map<String, Object> service, List<String> problems) {
        String image = String.valueOf(service.get("image"));
        if (image.startsWith("rodtraad/")) {
            String wanted = "rodtraad/" + name + ":${RODTRAAD_VERSION:-" + version + "}";
            if (!apps.containsKey(name) || !image.equals(wanted)) {
                problems.add(name + ": image " + image + " is not one of Rød Tråd's as they are built ("
                        + (apps.containsKey(name) ? wanted : "rodtraad/<one of " + apps.keySet() + ">:${RODTRAAD_VERSION:-"
                        + version + "}") + ")");
            }
            return;
        }
        if (apps.containsKey(name)) {
            problems.add(name + ": Rød Tråd's service runs image " + image + ", not its own");
        }
        if (!PINNED.matcher(image).matches() || image.endsWith(":latest")) {
            problems.add(name + ": image " + image + " is not pinned to a tag (a name:tag, not latest)");
            return;
        }
        String repository = image.substring(0, image.lastIndexOf(':'));
        String tag = image.substring(image.lastIndexOf(':') + 1);
        String wanted = serverVersions.get(repository);
        if (wanted != null && !wanted.equals(tag)) {
            problems.add(name + ": image " + image + " is not the version the testkit runs (" + wanted + ")");
        }
    }

    private void checkPorts(String name, Map<String, Object> service, Map<String, String> hostPorts,
            List<String> problems) {
        for (Object entry : list(service.get("ports"))) {
            String[] parts = String.valueOf(entry).split(":");
            if (parts.length < 2) {
                problems.add(name + ": port " + entry + " publishes on a port the engine picks; give the host's port");
                continue;
            }
            String hostPort = parts[parts.length - 2];
            String containerPort = parts[parts.length - 1].replaceFirst("/.*", "");
            String other = hostPorts.putIfAbsent(hostPort, name);
            if (other != null) {
                problems.add(name + ": host port " + hostPort + " is published by " + other + " too");
            }
            if (apps.containsKey(name) && !containerPort.equals(Integer.toString(APP_PORT))) {
                problems.add(name + ": publishes container port " + containerPort + "; Rød Tråd's images listen on "
                        + APP_PORT);
            }
        }
    }

    private void checkStopGrace(String name, Map<String, Object> service, List<String> problems) {
        if (!apps.containsKey(name)) {
            return;
        }
        var grace = DURATION.matcher(String.valueOf(service.get("stop_grace_period")));
        long seconds = grace.matches() ? 60L * number(grace.group(1)) + number(grace.group(2)) : 0;
        if (seconds < STOP_GRACE_SECONDS) {
            problems.add(name + ": stop_grace_period " + service.get("stop_grace_period") + " gives it less than "
                    + STOP_GRACE_SECONDS + " s to stop");
        }
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private void checkEnvironment(String name, Map<String, Object> service, List<String> problems) {
        Set<String> reads = apps.get(name);
        if (reads == null) {
            return;
        }
        for (String variable : environment(service).keySet()) {
            if (!reads.contains(variable)) {
                problems.add(name + ": environment variable " + variable + " is read by no property of its configuration");
            }
        }
    }

    private static void checkDependencies(String name, Map<String, Object> service, Map<String, Object> services,
            List<String> problems) {
        if (!oneShot(service) && service.get("healthcheck") == null) {
            problems.add(name + ": has no health check, so nothing can wait for it to be ready");
        }
        Object dependsOn = service.get("depends_on");
        if (dependsOn instanceof List<?> names) {
            problems.add(name + ": depends_on " + names + " waits only for a start; name a condition for each");
            return;
        }
        map(dependsOn).forEach((dependency, how) -> {
            if (!services.containsKey(dependency)) {
                problems.add(name + ": depends on " + dependency + ", which is not a service here");
                return;
            }
            Map<String, Object> target = map(services.get(dependency));
            String condition = String.valueOf(map(how).get("condition"));
            switch (condition) {
                case "service_healthy" -> {
                    if (target.get("healthcheck") == null) {
                        problems.add(name + ": waits for " + dependency + " to be healthy, which has no health check");
                    }
                }
                case "service_completed_successfully" -> {
                    if (!oneShot(target)) {
                        problems.add(name + ": waits for " + dependency + " to complete, which is not a one-shot job "
                                + "(restart: \"no\")");
                    }
                }
                default -> problems.add(name + ": depends on " + dependency + " with condition " + condition
                        + "; wait for service_healthy or, for a one-shot job, service_completed_successfully");
            }
        });
    }

    private void checkMounts(String name, Map<String, Object> service, Map<String, Object> declaredVolumes,
            List<String> problems) {
        for (Object entry : list(service.get("volumes"))) {
            String source = String.valueOf(entry).split(":")[0];
            if (source.startsWith(".") || source.startsWith("/")) {
                Path path = composeDir.resolve(source).normalize();
                if (!path.startsWith(root) || !Files.exists(path)) {
                    problems.add(name + ": mounts " + source + ", which is not in the repository");
                }
            } else if (!declaredVolumes.containsKey(source)) {
                problems.add(name + ": mounts the volume " + source + ", which is not declared under volumes");
            }
        }
    }

    /** The service's environment, whether written as a map or as a list of {@code NAME=value}. */
    static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        var variables = new LinkedHashMap<String, String>();
        if (environment instanceof List<?> entries) {
            entries.forEach(entry -> {
                String[] parts = String.valueOf(entry).split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            map(environment).forEach((key, value) -> variables.put(key, String.valueOf(value)));
        }
        return variables;
    }

    private static boolean oneShot(Map<String, Object> service) {
        return "no".equals(String.valueOf(service.get("restart")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
