package dk.rodtraad.chassis.problem;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A write refused by a unique constraint another request had just taken: two professionals opening a course for the
 * same child, one form sent twice. The features check before they write, but two requests can both pass the check
 * before either commits; the constraint then stops the second (PostgreSQL's SQLSTATE {@code 23505}), its transaction
 * rolls back, and the user is told so and asked to look again, not shown a fault of ours (a 500).
 */
public final class SimultaneousWrite {

    private static final String UNIQUE_VIOLATION = "23505";

    private SimultaneousWrite() {
    }

    /** The refusal the user reads, in Danish. */
    public static Conflict refusal() {
        return new Conflict("Samtidig ændring", "Det, du gemte, stødte sammen med noget, der blev gemt i samme "
                + "øjeblik. Intet af dit er gemt. Hent siden igen, og se om det stadig skal gemmes.");
    }

    /** The unique constraint's name, when one is anywhere in the failure's chain of causes ("unnamed" if unknown). */
    public static Optional<String> constraint(Throwable failure) {
        return Causes.of(failure).map(SimultaneousWrite::uniqueConstraint).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> uniqueConstraint(Throwable failure) {
        return switch (failure) {
            case ConstraintViolationException violation when isUnique(violation.getSQLState()) ->
                    Optional.of(named(violation.getConstraintName()));
            case PgException pg when isUnique(pg.getSqlState()) -> Optional.of(named(pg.getConstraint()));
            case SQLException sql when isUnique(sql.getSQLState()) -> Optional.of(named(null));
            default -> Optional.empty();
        };
    }

    private static String named(String constraint) {
        return constraint == null ? "unnamed" : constraint;
    }

    private static boolean isUnique(String sqlState) {
        return UNIQUE_VIOLATION.equals(sqlState);
    }
}
