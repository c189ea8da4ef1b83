package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.networkmeeting.course.MeetingRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Samtykkeporten, the consent gate (Det sociale netværks perspektiv): the family decides whom of its network to
 * invite.
 * <ul>
 *   <li>A network participant is recorded only with the family's consent: given by a parent or the child, on a day.</li>
 *   <li>Only a participant of the course whose consent stands may be invited to a meeting or carry an agreement.</li>
 *   <li>Withdrawn consent takes them off every meeting still planned, and they are invited to none again.</li>
 *   <li>A participant is of the family's network (a relative, a friend, a coach …) or from civil society, and only a
 *       civil-society participant names a catalogue intervention.</li>
 * </ul>
 */
public final class ConsentGate {

    private ConsentGate() {
    }

    /** Why the participant cannot be invited to a meeting of the course, in Danish; empty when they can. */
    public static Optional<String> refusal(NetworkParticipant participant, UUID courseId) {
        if (participant == null || !participant.courseId.equals(courseId)) {
            return Optional.of("Netværksdeltageren hører ikke til forløbet");
        }
        if (!participant.hasConsent()) {
            return Optional.of("Familien har trukket samtykket tilbage, så netværksdeltageren kan ikke inviteres");
        }
        return Optional.empty();
    }

    /** What is wrong with a consent as recorded, each on the request's field; empty when it holds. */
    public static List<Problem.FieldError> consentProblems(MeetingRole role, NetworkKind kind, MeetingRole givenBy,
            UUID interventionId) {
        var problems = new ArrayList<Problem.FieldError>();
        if (role != null && role.group() != MeetingRole.Group.NETVAERK) {
            problems.add(new Problem.FieldError("role",
                    "Vælg hvem personen er for familien: en slægtning, en ven, en nabo, en træner, en frivillig …"));
        }
        if (givenBy != null && givenBy.group() != MeetingRole.Group.FAMILIE && givenBy.group() != MeetingRole.Group.BARN) {
            problems.add(new Problem.FieldError("consentGivenBy", "Samtykket gives af forældrene eller barnet selv"));
        }
        if (interventionId != null && kind != NetworkKind.CIVILSAMFUND) {
            problems.add(new Problem.FieldError("interventionId",
                    "Kun en deltager fra civilsamfundet kan knyttes til en indsats i kataloget"));
        }
        return problems;
    }
}
