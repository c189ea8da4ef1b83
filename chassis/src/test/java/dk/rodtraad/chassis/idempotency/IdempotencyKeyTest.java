package dk.rodtraad.chassis.idempotency;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.testkit.FormSending;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotencyKeyTest {

    @Test
    void noKeyMeansNone() {
        assertNull(IdempotencyKey.parse(IdempotencyKey.HEADER, null));
    }

    @Test
    void aKeyIsReadAsSentOrInTheDraftsDoubleQuotes() {
        String uuid = "8e03978e-40d5-43e8-bc93-6894a57f9324";
        assertEquals(new IdempotencyKey(uuid, IdempotencyKey.HEADER),
                IdempotencyKey.parse(IdempotencyKey.HEADER, uuid));
        assertEquals(uuid, IdempotencyKey.parse(IdempotencyKey.HEADER, "\"" + uuid + "\"").value());
    }

    @Test
    void aKeyOfNothingSpacesOrTooManyCharactersIsRefusedOnItsField() {
        for (String bad : List.of("", "\"\"", "two words", "æøå", "x".repeat(256))) {
            var refused = assertThrows(InvalidInputException.class,
                    () -> IdempotencyKey.parse(IdempotencyKey.HEADER, bad), bad);
            assertEquals(IdempotencyKey.HEADER, refused.errors().getFirst().field());
            assertEquals(IdempotencyKey.MALFORMED, refused.errors().getFirst().message());
        }
        assertEquals(255, IdempotencyKey.parse(IdempotencyKey.HEADER, "x".repeat(255)).value().length());
    }

    @Test
    void theTestsReadTheFormsKeyByTheFieldTheFormsCarry() {
        assertEquals(IdempotencyKey.FORM_FIELD, FormSending.NAME);
    }
}
