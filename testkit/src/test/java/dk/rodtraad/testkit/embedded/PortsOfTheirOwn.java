package dk.rodtraad.testkit.embedded;

import dk.rodtraad.testkit.StackConfig;

/**
 * The ports of a broker a test runs on its own, beside the test stack testkit's other tests keep running: the test
 * stack's plus 20, past those of the stack {@code StackCommandIT} starts (the test stack's plus 7).
 */
final class PortsOfTheirOwn {

    private static final int OFFSET = 20;

    private PortsOfTheirOwn() {
    }

    static int kafka() {
        return StackConfig.forTests().kafkaPort() + OFFSET;
    }

    static int kafkaController() {
        return StackConfig.forTests().kafkaControllerPort() + OFFSET;
    }
}
