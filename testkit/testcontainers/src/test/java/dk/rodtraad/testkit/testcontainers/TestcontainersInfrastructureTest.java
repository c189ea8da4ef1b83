package dk.rodtraad.testkit.testcontainers;

import dk.rodtraad.testkit.Infrastructure;
import dk.rodtraad.testkit.InfrastructureTests;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The containers give what the embedded servers give ({@link InfrastructureTests}: a database with two logins, a
 * locked broker whose principals keep to their ACLs across a restart, Keycloak with the demo realm under its local
 * name). Needs a container engine: where none is, every test here is skipped with the reason (the one case where a
 * skip is the honest answer; ADR 0025).
 */
class TestcontainersInfrastructureTest extends InfrastructureTests {

    private static final String NO_ENGINE = "No container engine here (Testcontainers found no Docker or Podman "
            + "socket): the containers' tests are skipped; ./rodtraad test runs on the embedded servers";
    private static final boolean ENGINE = TestcontainersInfrastructure.engineAvailable();

    private static Infrastructure infrastructure;

    @BeforeAll
    static void start() {
        if (!ENGINE) {
            // Said once in the build's output; each test's skip carries it too (an assumption that fails in
            // @BeforeAll would leave surefire's report without the tests and without the reason).
            System.out.println(TestcontainersInfrastructureTest.class.getSimpleName() + ": " + NO_ENGINE);
            return;
        }
        infrastructure = new TestcontainersInfrastructureProvider().create(StackConfig.forTests());
        infrastructure.start();
    }

    @AfterAll
    static void stop() {
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    @BeforeEach
    void needsAnEngine() {
        assumeTrue(ENGINE, NO_ENGINE);
    }

    @Override
    protected Infrastructure infrastructure() {
        return infrastructure;
    }
}
