package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.networkmeeting.course.Course;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.network.ConsentGate;
import dk.rodtraad.networkmeeting.network.NetworkParticipant;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Who a {@link ParticipantRequest} names, checked against the child's case team and the {@link ConsentGate}: a
 * professional must be on the case team, one of the network must have the family's consent, anyone else is named by
 * a role of the family.
 */
@ApplicationScoped
public class Parties {

    private static final String ONE_OF = "Angiv enten en fagpersons brugernavn, en netværksdeltager eller en rolle";

    /** A person of the meeting as resolved: the role always; a professional's username and discipline; or the network participant. */
    public record Party(MeetingRole role, String username, String discipline, UUID networkParticipantId) {

        public boolean professional() {
            return username != null;
        }

        /** Two entries naming the same person: the same username or the same network participant. */
        boolean samePersonAs(Party other) {
            return (username != null && username.equals(other.username))
                    || (networkParticipantId != null && networkParticipantId.equals(other.networkParticipantId));
        }

        static Party of(MeetingParticipant participant) {
            return new Party(participant.role, participant.username, participant.discipline,
                    participant.networkParticipantId);
        }
    }

    private final CaseTeam caseTeam;

    public Parties(CaseTeam caseTeam) {
        this.caseTeam = caseTeam;
    }

    /**
     * Resolves each request, in order; a request that names no one it may is left out and its problem added, on
     * {@code field[i]}, as is a second entry for the same person. Call in a session.
     */
    public Uni<List<Party>> resolve(Course course, List<ParticipantRequest> requests, String field,
            List<Problem.FieldError> problems) {
        List<ParticipantRequest> all = requests == null ? List.of() : requests;
        return Multi.createFrom().range(0, all.size())
                .onItem().transformToUniAndConcatenate(i -> resolve(course, all.get(i), field + "[" + i + "]", problems))
                .collect().asList()
                .map(resolved -> {
                    var kept = new ArrayList<Party>();
                    for (int i = 0; i < resolved.size(); i++) {
                        Optional<Party> party = resolved.get(i);
                        if (party.isEmpty()) {
                            continue;
                        }
                        if (kept.stream().anyMatch(party.get()::samePersonAs)) {
                            problems.add(new Problem.FieldError(field + "[" + i + "]", "Personen er nævnt to gange"));
                        } else {
                            kept.add(party.get());
                        }
                    }
                    return kept;
                });
    }

    /** As {@link #resolve(Course, List, String, List)}, for one request on {@code field}. */
    public Uni<Optional<Party>> resolve(Course course, ParticipantRequest request, String field,
            List<Problem.FieldError> problems) {
        long named = Stream.of(request.username(), request.networkParticipantId(), request.role())
                .filter(Objects::nonNull).count();
        if (named != 1) {
            return refused(problems, field, ONE_OF);
        }
        if (request.username() != null) {
            String username = request.username().strip();
            return caseTeam.disciplineOf(course.childId, username).chain(discipline -> discipline.isEmpty()
                    ? refused(problems, field + ".username", "Fagpersonen skal være i barnets sagsteam")
                    : Uni.createFrom().item(Optional.of(new Party(MeetingRole.ofDiscipline(discipline.get()), username,
                            discipline.get(), null))));
        }
        if (request.networkParticipantId() != null) {
            return NetworkParticipant.<NetworkParticipant>findById(request.networkParticipantId()).chain(participant -> {
                var refusal = ConsentGate.refusal(participant, course.id);
                return refusal.isPresent() ? refused(problems, field + ".networkParticipantId", refusal.get())
                        : Uni.createFrom().item(Optional.of(new Party(participant.role, null, null, participant.id)));
            });
        }
        MeetingRole role = request.role();
        if (role.group() == MeetingRole.Group.FAMILIE || role.group() == MeetingRole.Group.BARN
                || role == MeetingRole.ANDEN_FAGPERSON) {
            return Uni.createFrom().item(Optional.of(new Party(role, null, null, null)));
        }
        return refused(problems, field + ".role", role.group() == MeetingRole.Group.NETVAERK
                ? "Angiv en fra familiens netværk som netværksdeltager, så familiens samtykke er med"
                : "Angiv en fagperson ved sit brugernavn");
    }

    private static Uni<Optional<Party>> refused(List<Problem.FieldError> problems, String field, String message) {
        problems.add(new Problem.FieldError(field, message));
        return Uni.createFrom().item(Optional.empty());
    }
}
