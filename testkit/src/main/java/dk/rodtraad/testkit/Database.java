package dk.rodtraad.testkit;

/**
 * One service's PostgreSQL database and its two logins: the owner of its tables ({@code <name>_owner}), which Flyway
 * migrates as, and the service's runtime login ({@code <name>}), which gets only the rights the migrations grant it
 * (its audit log append-only).
 */
public record Database(String name, String host, int port, String user, String password, String owner,
        String ownerPassword) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The form {@code quarkus.datasource.reactive.url} takes. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + name;
    }
}
