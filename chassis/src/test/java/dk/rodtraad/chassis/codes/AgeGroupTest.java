package dk.rodtraad.chassis.codes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A child's age group on a day, from the birth date: whole years, the birthday itself counting. */
class AgeGroupTest {

    private static final LocalDate BORN = LocalDate.of(2014, 3, 15);

    @Test
    void theGroupChangesOnTheBirthdayThatEndsTheLast() {
        assertEquals(Optional.of(AgeGroup.FROM_6), AgeGroup.on(BORN, LocalDate.of(2027, 3, 14)));
        assertEquals(Optional.of(AgeGroup.FROM_13), AgeGroup.on(BORN, LocalDate.of(2027, 3, 15)));
        assertEquals(Optional.of(AgeGroup.FROM_0), AgeGroup.on(BORN, BORN));
    }

    @Test
    void aYoungAdultOf18OrMoreHasNoGroup() {
        assertEquals(Optional.of(AgeGroup.FROM_13), AgeGroup.on(BORN, LocalDate.of(2032, 3, 14)));
        assertEquals(Optional.empty(), AgeGroup.on(BORN, LocalDate.of(2032, 3, 15)));
    }

    @Test
    void theCodesAreTheBandsAnalystsAndTheEvaluationReadBy() {
        assertEquals("0-2 3-5 6-12 13-17", String.join(" ", Arrays.stream(AgeGroup.values())
                .map(AgeGroup::code).toList()));
    }
}
