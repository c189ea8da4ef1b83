package dk.rodtraad.systemtests.architecture;

import static dk.rodtraad.systemtests.architecture.ArchitectureRules.CONTRACTS_KNOW_NO_CHASSIS;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.JAX_RS_ONLY_AT_THE_HTTP_EDGE;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.ONE_CLOCK;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.ONLY_WEB_CODE_USES_WEB_CODE;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.PACKAGES_ARE_FREE_OF_CYCLES;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.REQUESTS_RUN_TO_THEIR_END;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.SERVICES_ARE_INDEPENDENT;
import static dk.rodtraad.systemtests.architecture.ArchitectureRules.SHARED_MODULES_KNOW_NO_SERVICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.library.freeze.TextFileBasedViolationStore;
import com.tngtech.archunit.library.freeze.ViolationStore;
import dk.rodtraad.catalogue.archfixture.CatalogueFeature;
import dk.rodtraad.catalogue.archfixture.FeatureInACycle;
import dk.rodtraad.catalogue.archfixture.cycle.FeatureUsingItBack;
import dk.rodtraad.chassis.archfixture.ChassisFeature;
import dk.rodtraad.chassis.archfixture.ChassisUsesAService;
import dk.rodtraad.concern.archfixture.ConcernUsesCatalogue;
import dk.rodtraad.concern.archfixture.FeatureReadsTheSystemClock;
import dk.rodtraad.concern.archfixture.FeatureThrowsNotFound;
import dk.rodtraad.concern.archfixture.FeatureUsesAPage;
import dk.rodtraad.concern.archfixture.FixtureMapper;
import dk.rodtraad.concern.archfixture.FixtureResource;
import dk.rodtraad.concern.archfixture.web.FixturePage;
import dk.rodtraad.contracts.archfixture.ContractUsesTheChassis;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules (docs/architecture.md, "The shape of the code") on the modules' main classes. Rules (a) and
 * (b), (c) and (d) hold outright. Rule (e) is frozen: today's violations are recorded in
 * {@code src/test/resources/archunit_store}, a new one fails the build, and the store shrinks as they are fixed.
 * Each rule is also shown to fail on test-only classes that break it ({@code dk.rodtraad.*.archfixture}).
 */
class ArchitectureTest {

    private static JavaClasses system;

    @BeforeAll
    static void importTheSystem() {
        system = ArchitectureRules.systemClasses();
    }

    @Test
    void theImportHoldsEveryModule() {
        List<String> roots = new ArrayList<>(ArchitectureRules.SERVICES);
        roots.addAll(List.of("dk.rodtraad.chassis", "dk.rodtraad.contracts"));
        for (String root : roots) {
            assertTrue(system.stream().anyMatch(c -> c.getPackageName().startsWith(root + ".")),
                    "no class of " + root + " was imported");
        }
    }

    // ---- the rules on the system -------------------------------------------------------------------------------

    @Test
    void servicesNeverUseEachOther() {
        SERVICES_ARE_INDEPENDENT.check(system);
    }

    @Test
    void chassisAndContractsUseNoService() {
        SHARED_MODULES_KNOW_NO_SERVICE.check(system);
    }

    @Test
    void contractsUseNothingOfTheChassis() {
        CONTRACTS_KNOW_NO_CHASSIS.check(system);
    }

    @Test
    void onlyWebCodeUsesWebCode() {
        ONLY_WEB_CODE_USES_WEB_CODE.check(system);
    }

    @Test
    void everyTimeComesFromTheOneClock() {
        ONE_CLOCK.check(system);
    }

    @Test
    void aFeatureReadingTheSystemClockBreaksTheRule() {
        assertBrokenBy(ONE_CLOCK, FeatureReadsTheSystemClock.class);
    }

    @Test
    void jaxRsOnlyAtTheHttpEdge() {
        JAX_RS_ONLY_AT_THE_HTTP_EDGE.check(system);
    }

    @Test
    void everyRequestRunsToItsEnd() {
        REQUESTS_RUN_TO_THEIR_END.check(system);
    }

    @Test
    void aCancellableResourceBreaksTheRule() {
        assertBrokenBy(REQUESTS_RUN_TO_THEIR_END, FixtureResource.class);
    }

    @Test
    void packagesAreFreeOfCyclesBeyondTheFrozenViolations() {
        checkFrozen(PACKAGES_ARE_FREE_OF_CYCLES);
    }

    /**
     * A frozen rule the store does not know yet would be frozen as it is, new violations and all (ArchUnit records a
     * rule's first violations whatever freeze.refreeze says): so a rule whose text changed fails here instead, unless
     * the store is being recorded again on purpose ({@code -Darchunit.freeze.refreeze=true}).
     */
    private static void checkFrozen(ArchRule rule) {
        if (!refreezing()) {
            assertTrue(committedStoreReadOnly().contains(rule), () -> "archunit_store/stored.rules does not know the "
                    + "rule '" + rule.getDescription() + "': if its words changed on purpose, record the store again");
        }
        FreezingArchRule.freeze(rule).check(system);
    }

    private static boolean refreezing() {
        return Boolean.parseBoolean(ArchConfiguration.get().getPropertyOrDefault("freeze.refreeze", "false"));
    }

    // ---- each rule can fail ----------------------------------------------------------------------------------

    @Test
    void aServiceUsingAnotherBreaksTheRule() {
        assertBrokenBy(SERVICES_ARE_INDEPENDENT, ConcernUsesCatalogue.class, CatalogueFeature.class);
    }

    @Test
    void theChassisUsingAServiceBreaksTheRule() {
        assertBrokenBy(SHARED_MODULES_KNOW_NO_SERVICE, ChassisUsesAService.class, ConcernUsesCatalogue.class);
    }

    @Test
    void contractsUsingTheChassisBreakTheRule() {
        assertBrokenBy(CONTRACTS_KNOW_NO_CHASSIS, ContractUsesTheChassis.class, ChassisFeature.class);
    }

    @Test
    void aFeatureUsingAPageBreaksTheRule() {
        assertBrokenBy(ONLY_WEB_CODE_USES_WEB_CODE, FeatureUsesAPage.class, FixturePage.class);
    }

    @Test
    void aFeatureThrowingAJaxRsExceptionBreaksTheRule() {
        assertBrokenBy(JAX_RS_ONLY_AT_THE_HTTP_EDGE, FeatureThrowsNotFound.class);
    }

    @Test
    void twoPackagesUsingEachOtherBreakTheRule() {
        assertBrokenBy(PACKAGES_ARE_FREE_OF_CYCLES, FeatureInACycle.class, FeatureUsingItBack.class);
    }

    /** (CatalogueFeature, which uses no JAX-RS, is there so that the rule has a class to check.) */
    @Test
    void resourcesTheirNestedClassesPagesAndMappersMayUseJaxRs() {
        EvaluationResult result = JAX_RS_ONLY_AT_THE_HTTP_EDGE.evaluate(new ClassFileImporter().importClasses(
                FixtureResource.class, nested(FixtureResource.class, "Answer"), FixturePage.class, FixtureMapper.class,
                CatalogueFeature.class));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    /** A new violation fails a frozen rule even with today's ones in the committed store. */
    @Test
    void aNewViolationFailsTheFrozenRules() {
        assumeFalse(refreezing(), "the store is being recorded again");
        assertOnlyNewViolationIs(PACKAGES_ARE_FREE_OF_CYCLES, FeatureInACycle.class, FeatureUsingItBack.class);
    }

    private static void assertBrokenBy(ArchRule rule, Class<?> violator, Class<?>... others) {
        List<Class<?>> classes = new ArrayList<>(List.of(violator));
        classes.addAll(List.of(others));
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(classes));
        assertTrue(result.hasViolation(), "the rule did not see " + violator.getSimpleName() + " break it");
        assertTrue(result.getFailureReport().getDetails().stream().allMatch(d -> d.contains(violator.getName())),
                () -> "the rule reported more than " + violator.getSimpleName() + ": " + result.getFailureReport());
    }

    private static void assertOnlyNewViolationIs(ArchRule rule, Class<?>... fixtures) {
        JavaClasses systemAndFixtures = new ClassFileImporter().importPaths(Stream.concat(
                ArchitectureRules.moduleClassDirs().stream(), Stream.of(fixtures).map(ArchitectureTest::classFile))
                .toList());
        EvaluationResult result = FreezingArchRule.freeze(rule).persistIn(committedStoreReadOnly())
                .evaluate(systemAndFixtures);
        List<String> details = result.getFailureReport().getDetails();
        assertFalse(details.isEmpty(), "the frozen rule let " + fixtures[0].getSimpleName() + " through");
        assertTrue(details.stream().allMatch(d -> d.contains(fixtures[0].getName())),
                () -> "the frozen rule reported more than the new violation: " + details);
        assertEquals(0, details.stream().filter(d -> !d.contains("archfixture")).count());
    }

    /** The committed store (archunit.properties), read but never written, so that this test leaves it as it is. */
    private static ViolationStore committedStoreReadOnly() {
        Properties properties = ArchConfiguration.get().getSubProperties("freeze.store");
        properties.setProperty("default.allowStoreCreation", "false");
        properties.setProperty("default.allowStoreUpdate", "false");
        TextFileBasedViolationStore committed = new TextFileBasedViolationStore();
        committed.initialize(properties);
        return new ViolationStore() {
            @Override
            public void initialize(Properties ignored) {
            }

            @Override
            public boolean contains(ArchRule rule) {
                return committed.contains(rule);
            }

            @Override
            public void save(ArchRule rule, List<String> violations) {
            }

            @Override
            public List<String> getViolations(ArchRule rule) {
                return committed.getViolations(rule);
            }
        };
    }

    private static Class<?> nested(Class<?> outer, String simpleName) {
        return Stream.of(outer.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow();
    }

    private static Path classFile(Class<?> type) {
        try {
            return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
