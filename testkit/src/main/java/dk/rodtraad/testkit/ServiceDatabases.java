package dk.rodtraad.testkit;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A service's database with its two logins ({@link Infrastructure#database}), made as PostgreSQL's superuser on any
 * server: the embedded one and a container alike.
 */
public final class ServiceDatabases {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private ServiceDatabases() {
    }

    /**
     * Creates, if missing, the login {@code <name>_owner}, the runtime login {@code <name>} (each with its name as its
     * password: demo values) and the database {@code name} owned by the first.
     *
     * @param superuser a statement of a connection as the superuser
     * @return the owner of a database {@code name} that existed with another owner (data from before the two logins),
     *         for the caller to hand it over; empty otherwise
     */
    public static Optional<String> ensure(Statement superuser, String name) throws SQLException {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        String owner = owner(name);
        createLoginIfMissing(superuser, owner);
        createLoginIfMissing(superuser, name);
        String currentOwner = null;
        try (var rows = superuser.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = '"
                + name + "'")) {
            if (rows.next()) {
                currentOwner = rows.getString(1);
            }
        }
        if (currentOwner == null) {
            superuser.execute("create database " + name + " owner " + owner);
            return Optional.empty();
        }
        return currentOwner.equals(owner) ? Optional.empty() : Optional.of(currentOwner);
    }

    /** The login that owns a service's tables and migrates them. */
    public static String owner(String name) {
        return name + "_owner";
    }

    /** The database as {@link Infrastructure#database} answers it, with the logins {@link #ensure} made. */
    public static Database database(String name, String host, int port) {
        return new Database(name, host, port, name, name, owner(name), owner(name));
    }

    private static void createLoginIfMissing(Statement statement, String login) throws SQLException {
        boolean exists;
        try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + login + "'")) {
            exists = rows.next();
        }
        if (!exists) {
            statement.execute("create role " + login + " login password '" + login + "'");
        }
    }
}
