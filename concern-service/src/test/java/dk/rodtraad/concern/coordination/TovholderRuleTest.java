package dk.rodtraad.concern.coordination;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TovholderRuleTest {

    private static final String HANNE = "hanne";
    private static final String JONAS = "jonas";

    @Test
    void aCaseWithOneDisciplineNeedsNoTovholder() {
        assertEquals(List.of(), TovholderRule.problems(CaseCoordination.openedBy("skole")));
    }

    @Test
    void aCrossDisciplinaryCaseWithoutTovholderBreaksTheRule() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje");
        assertEquals(List.of("En tværfaglig sag skal have præcis én tovholder"), TovholderRule.problems(coordination));
    }

    @Test
    void namingATovholderAfterTheSecondDisciplineJoinsSatisfiesTheRule() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje").name(HANNE);
        assertEquals(Optional.of(HANNE), coordination.tovholder());
        assertEquals(List.of(), TovholderRule.problems(coordination));
    }

    @Test
    void aTovholderNamedBeforeTheSecondDisciplineJoinsCarriesOver() {
        var coordination = CaseCoordination.openedBy("skole").name(HANNE).join("sundhedspleje");
        assertEquals(List.of(), TovholderRule.problems(coordination));
    }

    @Test
    void aClosedCaseIsNotHeldToTheRule() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje").close();
        assertEquals(List.of(), TovholderRule.problems(coordination));
    }

    @Test
    void refusesASecondTovholder() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje").name(HANNE);
        var e = assertThrows(TovholderRuleViolation.class, () -> coordination.name(JONAS));
        assertEquals("Sagen har allerede en tovholder. Brug overdragelse for at skifte", e.getMessage());
    }

    @Test
    void handsOverExplicitlyFromTheCurrentTovholder() {
        var before = CaseCoordination.openedBy("skole").join("sundhedspleje").name(HANNE);
        var after = before.handOver(HANNE, JONAS);
        assertEquals(Optional.of(JONAS), after.tovholder());
        assertEquals(Optional.of(HANNE), before.tovholder(), "the earlier state is unchanged");
    }

    @Test
    void refusesAHandoverFromSomeoneWhoIsNotTovholder() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje").name(HANNE);
        var e = assertThrows(TovholderRuleViolation.class, () -> coordination.handOver(JONAS, HANNE));
        assertEquals("Kun sagens nuværende tovholder kan overdrage opgaven", e.getMessage());
    }

    @Test
    void refusesAHandoverToTheSamePerson() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje").name(HANNE);
        var e = assertThrows(TovholderRuleViolation.class, () -> coordination.handOver(HANNE, HANNE));
        assertEquals("Tovholderen kan ikke overdrage opgaven til sig selv", e.getMessage());
    }

    @Test
    void refusesAHandoverWhenThereIsNoTovholder() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje");
        var e = assertThrows(TovholderRuleViolation.class, () -> coordination.handOver(HANNE, JONAS));
        assertEquals("Sagen har ingen tovholder at overdrage fra", e.getMessage());
    }

    @Test
    void refusesADisciplineThatIsAlreadyOnTheCase() {
        var coordination = CaseCoordination.openedBy("skole");
        var e = assertThrows(TovholderRuleViolation.class, () -> coordination.join("skole"));
        assertEquals("Fagligheden skole er allerede med i sagen", e.getMessage());
    }

    @Test
    void refusesChangesToAClosedCase() {
        var closed = CaseCoordination.openedBy("skole").name(HANNE).close();
        assertEquals("Sagen er lukket", assertThrows(TovholderRuleViolation.class, () -> closed.join("pps")).getMessage());
        assertThrows(TovholderRuleViolation.class, () -> closed.handOver(HANNE, JONAS));
        assertFalse(closed.open());
    }

    @Test
    void keepsItsDisciplinesImmutable() {
        var coordination = CaseCoordination.openedBy("skole").join("sundhedspleje");
        assertEquals(Set.of("skole", "sundhedspleje"), coordination.disciplines());
        assertThrows(UnsupportedOperationException.class, () -> coordination.disciplines().add("pps"));
    }
}
