package dk.rodtraad.testkit;

/** The demo realm's OIDC clients: one per service, secret {@code <client>-secret}. Demo only. */
public final class DemoClients {

    public static String secret(String clientId) {
        return clientId + "-secret";
    }

    private DemoClients() {
    }
}
