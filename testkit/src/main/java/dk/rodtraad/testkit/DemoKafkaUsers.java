package dk.rodtraad.testkit;

/**
 * The passwords of the Kafka principals ({@link dk.rodtraad.contracts.KafkaPrincipals}) on the test and local stacks:
 * {@code <principal>-kafka-demo}. Demo only: a site's passwords come from its secrets (Strimzi's KafkaUser).
 */
public final class DemoKafkaUsers {

    public static String password(String principal) {
        return principal + "-kafka-demo";
    }

    private DemoKafkaUsers() {
    }
}
