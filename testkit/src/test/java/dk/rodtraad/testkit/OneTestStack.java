package dk.rodtraad.testkit;

import dk.rodtraad.testkit.embedded.EmbeddedInfrastructureProvider;

/**
 * The test stack that testkit's tests of all three servers share: started by the first of them, stopped when the JVM
 * exits (testkit's tests never share a stack with the build's other modules, ADR 0033). One start for the JVM rather
 * than one per test class saves the half minute Keycloak takes to start. The tests that run a broker of their own do
 * so on other ports ({@code embedded.PortsOfTheirOwn}).
 */
final class OneTestStack {

    private static Infrastructure started;

    private OneTestStack() {
    }

    static synchronized Infrastructure started() {
        if (started == null) {
            // testkit's own tests are the embedded servers' tests, whatever rodtraad.infrastructure selects elsewhere.
            started = new EmbeddedInfrastructureProvider().create(StackConfig.forTests());
            started.start();
        }
        return started;
    }
}
