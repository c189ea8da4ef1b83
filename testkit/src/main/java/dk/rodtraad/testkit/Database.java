package dk.rodtraad.testkit;

/** One service's PostgreSQL database and its own login. */
public record Database(String name, String host, int port, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The form {@code quarkus.datasource.reactive.url} takes. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + name;
    }
}
