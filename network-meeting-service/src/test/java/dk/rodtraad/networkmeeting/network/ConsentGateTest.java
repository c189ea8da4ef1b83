package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The consent gate: the family decides whom of its network to invite, and may withdraw its consent. */
class ConsentGateTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Test
    void aParticipantWithTheFamilysConsentMayBeInvited() {
        assertEquals(Optional.empty(), ConsentGate.refusal(grandmother(), COURSE));
    }

    @Test
    void aParticipantWhoseConsentWasWithdrawnCannotBeInvited() {
        var grandmother = grandmother();
        grandmother.withdrawnOn = LocalDate.of(2026, 12, 10);

        assertEquals(Optional.of("Familien har trukket samtykket tilbage, så netværksdeltageren kan ikke inviteres"),
                ConsentGate.refusal(grandmother, COURSE));
    }

    @Test
    void noOneWithoutConsentInThisCourseCanBeInvited() {
        assertTrue(ConsentGate.refusal(null, COURSE).isPresent(), "no such participant: no consent");
        assertTrue(ConsentGate.refusal(grandmother(), UUID.randomUUID()).isPresent(), "consent for another course");
    }

    @Test
    void theNetworkIsOfTheFamilysNetworkAndConsentIsTheFamilysToGive() {
        assertEquals(List.of(), ConsentGate.consentProblems(MeetingRole.TRAENER, NetworkKind.FAMILIENETVAERK,
                MeetingRole.DEN_UNGE, null));
        assertEquals(List.of("role"), fields(ConsentGate.consentProblems(MeetingRole.LAERER, NetworkKind.FAMILIENETVAERK,
                MeetingRole.MOR, null)));
        assertEquals(List.of("role"), fields(ConsentGate.consentProblems(MeetingRole.MOR, NetworkKind.FAMILIENETVAERK,
                MeetingRole.FAR, null)));
        assertEquals(List.of("consentGivenBy"), fields(ConsentGate.consentProblems(MeetingRole.BEDSTEMOR,
                NetworkKind.FAMILIENETVAERK, MeetingRole.BEDSTEFAR, null)));
    }

    @Test
    void onlyACivilSocietyParticipantNamesACatalogueIntervention() {
        assertEquals(List.of(), ConsentGate.consentProblems(MeetingRole.FRIVILLIG, NetworkKind.CIVILSAMFUND,
                MeetingRole.MOR, UUID.randomUUID()));
        assertEquals(List.of("interventionId"), fields(ConsentGate.consentProblems(MeetingRole.BEDSTEMOR,
                NetworkKind.FAMILIENETVAERK, MeetingRole.MOR, UUID.randomUUID())));
    }

    private static NetworkParticipant grandmother() {
        var participant = new NetworkParticipant();
        participant.id = UUID.randomUUID();
        participant.courseId = COURSE;
        participant.role = MeetingRole.BEDSTEMOR;
        participant.kind = NetworkKind.FAMILIENETVAERK;
        participant.consentGivenBy = MeetingRole.MOR;
        participant.consentGivenOn = LocalDate.of(2026, 12, 4);
        return participant;
    }

    private static List<String> fields(List<Problem.FieldError> problems) {
        return problems.stream().map(Problem.FieldError::field).toList();
    }
}
