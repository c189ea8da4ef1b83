package dk.rodtraad.systemtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dk.rodtraad.testkit.StackConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shape of the code as rules (docs/architecture.md, "The shape of the code"). {@link ArchitectureTest} checks
 * them against the modules' compiled classes and proves each of them can fail.
 */
final class ArchitectureRules {

    /** The modules whose main classes the rules read: the system's code, not its tests nor the testkit. */
    static final List<String> MODULES = List.of("contracts", "chassis", "concern-service", "network-meeting-service",
            "catalogue-service", "followup-service", "analytics-stream");

    /** The root package of each service, and of the analysts' pseudonymiser, which no service may use either. */
    static final List<String> SERVICES = List.of("dk.rodtraad.concern", "dk.rodtraad.networkmeeting",
            "dk.rodtraad.catalogue", "dk.rodtraad.followup", "dk.rodtraad.analytics");

    private static final String[] ANY_SERVICE = SERVICES.stream().map(s -> s + "..").toArray(String[]::new);
    private static final String WEB = "dk.rodtraad..web..";
    private static final String JAX_RS = "jakarta.ws.rs..";

    private ArchitectureRules() {
    }

    /** (a) No class of one service depends on a class of another. */
    static final ArchRule SERVICES_ARE_INDEPENDENT = SlicesRuleDefinition.slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    return SERVICES.stream()
                            .filter(s -> javaClass.getPackageName().equals(s) || javaClass.getPackageName().startsWith(s + "."))
                            .findFirst().map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
                }

                @Override
                public String getDescription() {
                    return "the services " + SERVICES;
                }
            })
            .should().notDependOnEachOther()
            .because("a service talks to another only through the events and HTTP APIs of contracts");

    /** (b) The chassis and contracts, which every service uses, know no service. */
    static final ArchRule SHARED_MODULES_KNOW_NO_SERVICE = noClasses()
            .that().resideInAnyPackage("dk.rodtraad.chassis..", "dk.rodtraad.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage(ANY_SERVICE)
            .because("chassis and contracts are what every service runs on and speaks");

    /** (b) The published language needs nothing of what the services run on. */
    static final ArchRule CONTRACTS_KNOW_NO_CHASSIS = noClasses()
            .that().resideInAPackage("dk.rodtraad.contracts..")
            .should().dependOnClassesThat().resideInAPackage("dk.rodtraad.chassis..")
            .because("contracts are the published language: topic names, event types, payloads; no logic");

    /**
     * (f) One clock: the time comes from the injected {@code java.time.Clock} (through {@code chassis.time.StoredTime}),
     * never from the system's, so a test can move time and every stored time is of the same clock.
     */
    static final ArchRule ONE_CLOCK = noClasses()
            .that().resideInAPackage("dk.rodtraad..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("a test moves time by the one Clock bean, and a time read elsewhere would not move with it");

    /** (c) Only web code (pages and their helpers) uses web code. */
    static final ArchRule ONLY_WEB_CODE_USES_WEB_CODE = noClasses()
            .that().resideInAPackage("dk.rodtraad..").and().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("the pages sit on top of the features, never underneath them");

    /**
     * (e) No package depends, directly or round about, on itself: a feature's pages ({@code <feature>.web}) use the
     * feature and the service's shared web code, which may use the feature in turn, but no feature uses a feature
     * that uses it. Each package is a slice of its own, so a feature and its pages are two. ({@link BeInNoCycle} says
     * why not ArchUnit's {@code beFreeOfCycles()}.)
     */
    static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = SlicesRuleDefinition.slices()
            .matching("dk.rodtraad.(**)")
            .should(new BeInNoCycle())
            .because("a cycle makes two packages one, which neither can be understood nor changed without");

    /**
     * (d) JAX-RS belongs to the HTTP edge. A class (or the class it is nested in) is at the edge when it is a resource
     * or page ({@code @Path} on it, or on its methods as on the abstract resource several resources extend), web code, an exception mapper ({@code @ServerExceptionMapper} methods or an
     * {@code ExceptionMapper}) or the chassis's problem+json plumbing. Everything else (the features' services,
     * entities, guards) reports a failure in its own words, e.g. its own exception, and leaves HTTP to the edge. The
     * client API ({@code jakarta.ws.rs.client}) is not the edge's: a feature may call another server with it, as
     * concern-service's directory of colleagues calls Keycloak's admin API.
     */
    static final ArchRule JAX_RS_ONLY_AT_THE_HTTP_EDGE = noClasses()
            .that().resideInAPackage("dk.rodtraad..").and(DescribedPredicate.not(atTheHttpEdge()))
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(JAX_RS)
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("jakarta.ws.rs.client.."))))
            .because("HTTP status codes and JAX-RS exceptions are the edge's business, not the domain's");

    /**
     * (e) A request, once begun, runs to its end: every resource and page is {@code @Cancellable(false)}. Quarkus REST
     * otherwise cancels the request's work when the client hangs up, and Hibernate Reactive then closes a session
     * with its transaction still open (HR000090 and "Mutiny had to drop …" ERRORs, issue 18). Run to its end, the
     * transaction commits or rolls back as it would have, and only the answer is lost.
     */
    static final ArchRule REQUESTS_RUN_TO_THEIR_END = classes()
            .that().resideInAPackage("dk.rodtraad..").and().areAnnotatedWith("jakarta.ws.rs.Path")
            .should().beAnnotatedWith(DescribedPredicate.describe("@Cancellable(false)",
                    (JavaAnnotation<?> annotation) -> annotation.getRawType().getName()
                            .equals("org.jboss.resteasy.reactive.server.Cancellable")
                            && Boolean.FALSE.equals(annotation.get("value").orElse(null))))
            .because("a client that hangs up must not cut a transaction off in the middle");

    private static DescribedPredicate<JavaClass> atTheHttpEdge() {
        return DescribedPredicate.describe("at the HTTP edge (a @Path resource or page, "
                + WEB + ", an exception mapper or dk.rodtraad.chassis.problem.., or nested in one)", javaClass -> {
            JavaClass outer = outermost(javaClass);
            return outer.isAnnotatedWith("jakarta.ws.rs.Path")
                    || outer.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("jakarta.ws.rs.Path"))
                    || outer.getPackageName().matches("dk\\.rodtraad(\\..+)?\\.web(\\..+)?")
                    || outer.getPackageName().equals("dk.rodtraad.chassis.problem")
                    || outer.getPackageName().startsWith("dk.rodtraad.chassis.problem.")
                    || outer.isAssignableTo("jakarta.ws.rs.ext.ExceptionMapper")
                    || outer.getMethods().stream().anyMatch(
                            m -> m.isAnnotatedWith("org.jboss.resteasy.reactive.server.ServerExceptionMapper"));
        });
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    /**
     * The main classes of {@link #MODULES} as the build compiled them ({@code <module>/target/classes}): system-tests
     * only sees the services as packages, not on its classpath, so the build must have compiled them first (the
     * reactor does, {@code ./mvnw verify} or {@code -pl system-tests -am}).
     */
    static JavaClasses systemClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(moduleClassDirs());
    }

    /** {@code <module>/target/classes} of each of {@link #MODULES}; fails if one holds no classes. */
    static List<Path> moduleClassDirs() {
        Path root = StackConfig.repositoryRoot();
        List<Path> dirs = MODULES.stream().map(m -> root.resolve(m).resolve("target/classes")).toList();
        for (Path dir : dirs) {
            if (!containsClasses(dir)) {
                throw new IllegalStateException(dir + " holds no compiled classes: build with -am (e.g. "
                        + "./mvnw -pl system-tests -am verify) so that every module is compiled first");
            }
        }
        return dirs;
    }

    private static boolean containsClasses(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + dir, e);
        }
    }
}
