package dk.rodtraad.chassis.problem;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SimultaneousWriteTest {

    @Test
    void aUniqueConstraintAnywhereInTheCausesIsNamed() {
        var hibernate = new ConstraintViolationException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"), "intervention_code_key");
        assertEquals(Optional.of("intervention_code_key"),
                SimultaneousWrite.constraint(new CompletionException(hibernate)));
        assertEquals(Optional.of("unnamed"), SimultaneousWrite.constraint(
                new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null)));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertEquals(Optional.empty(), SimultaneousWrite.constraint(new ConstraintViolationException("fk",
                new SQLException("violates foreign key constraint", "23503"), "concern_child_id_fkey")));
        assertEquals(Optional.empty(), SimultaneousWrite.constraint(new IllegalStateException("a bug")));
    }
}
