package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kontinuitet: the core team changes only with a reason, keeps its responsible member, and meetings are compared with it. */
class CoreTeamContinuityTest {

    private static final Set<String> TEAM = Set.of("hanne", "peter");

    @Test
    void aChangeWithAReasonMayBeMade() {
        assertEquals(List.of(), CoreTeamContinuity.changeProblems(TEAM, Set.of("lise"), Set.of("peter"),
                "Peter skifter til en anden institution", "hanne"));
    }

    @Test
    void aChangeWithoutAReasonIsNoChange() {
        assertEquals(List.of("reason"), fields(CoreTeamContinuity.changeProblems(TEAM, Set.of("lise"), Set.of(), " ", "hanne")));
        assertEquals(List.of("reason"), fields(CoreTeamContinuity.changeProblems(TEAM, Set.of("lise"), Set.of(), null, "hanne")));
    }

    @Test
    void aChangeMustChangeSomethingThatIsThere() {
        assertEquals(List.of("joining"), fields(CoreTeamContinuity.changeProblems(TEAM, Set.of(), Set.of(), "x", "hanne")));
        assertEquals(List.of("joining"), fields(CoreTeamContinuity.changeProblems(TEAM, Set.of("peter"), Set.of(), "x", "hanne")));
        assertEquals(List.of("leaving"), fields(CoreTeamContinuity.changeProblems(TEAM, Set.of(), Set.of("lise"), "x", "hanne")));
        assertEquals(List.of("leaving"),
                fields(CoreTeamContinuity.changeProblems(TEAM, Set.of("lise"), Set.of("lise"), "x", "hanne")).subList(0, 1));
    }

    @Test
    void theResponsibleProfessionalStaysAndTheTeamIsNeverEmptyNorTooLarge() {
        assertTrue(fields(CoreTeamContinuity.changeProblems(TEAM, Set.of(), Set.of("hanne"), "x", "hanne")).contains("leaving"));
        assertTrue(CoreTeamContinuity.changeProblems(Set.of("hanne"), Set.of(), Set.of("hanne"), "x", "peter").stream()
                .anyMatch(p -> p.message().equals("Kerneteamet skal have mindst én fagperson")));
        assertEquals(List.of("joining"), fields(CoreTeamContinuity.changeProblems(TEAM,
                Set.of("a", "b", "c", "d", "e"), Set.of(), "x", "hanne")));
    }

    @Test
    void aMeetingOfExactlyTheCoreTeamIsTheSameTeam() {
        assertTrue(CoreTeamContinuity.compare(TEAM, Set.of("peter", "hanne")).same());

        var withoutPeter = CoreTeamContinuity.compare(TEAM, Set.of("hanne", "kasper"));
        assertFalse(withoutPeter.same());
        assertEquals(Set.of("peter"), withoutPeter.absent());
        assertEquals(Set.of("kasper"), withoutPeter.others());
        assertFalse(CoreTeamContinuity.compare(TEAM, Set.of("hanne")).same(), "one missing is another team");
    }

    private static List<String> fields(List<Problem.FieldError> problems) {
        return problems.stream().map(Problem.FieldError::field).toList();
    }
}
