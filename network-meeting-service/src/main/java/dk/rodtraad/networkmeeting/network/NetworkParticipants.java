package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.networkmeeting.NetworkParticipantConsentedV1;
import dk.rodtraad.contracts.networkmeeting.NetworkParticipantWithdrawnV1;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.networkmeeting.course.CourseAccess;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The family's network in a course (Det sociale netværks perspektiv), through the {@link ConsentGate}: a participant
 * recorded with the family's consent, and the consent withdrawn. Each change is audited and published in the same
 * transaction; the participant's name never leaves the service.
 */
@ApplicationScoped
public class NetworkParticipants {

    private final CourseAccess access;
    private final PublishedInterventions interventions;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;
    private final IdempotentRequests idempotent;

    public NetworkParticipants(CourseAccess access, PublishedInterventions interventions, SecurityIdentity identity,
            Outbox outbox, AuditLog auditLog, StoredTime time, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.access = access;
        this.interventions = interventions;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    /**
     * @param key null, or what the client names this request by: sent again (a retry, a form sent twice), it is
     *            answered with the participant the first recorded, not the same person listed twice
     */
    @WithTransaction
    public Uni<NetworkParticipantView> consent(UUID courseId, ConsentRequest request, IdempotencyKey key) {
        return idempotent.once(identity.getPrincipal().getName(), key, List.of(courseId, request),
                () -> consentNew(courseId, request), NetworkParticipantView::id,
                id -> access.open(courseId, "network")
                        .call(course -> auditLog.read(course.childId, "network", "Netværksdeltager vist"))
                        .chain(course -> NetworkParticipant.<NetworkParticipant>findById(id))
                        .map(NetworkParticipantView::of));
    }

    private Uni<NetworkParticipantView> consentNew(UUID courseId, ConsentRequest request) {
        return access.open(courseId, "network").chain(course -> {
            var problems = new ArrayList<>(ConsentGate.consentProblems(request.role(), request.kind(),
                    request.consentGivenBy(), request.interventionId()));
            // The catalogue is asked only about an intervention the consent gate lets a participant name at all
            boolean gateRefusedIt = problems.stream().anyMatch(problem -> problem.field().equals("interventionId"));
            Uni<Boolean> published = request.interventionId() == null || gateRefusedIt ? Uni.createFrom().item(true)
                    : interventions.isOffered(request.interventionId());
            return published.chain(known -> {
                if (!known) {
                    problems.add(new Problem.FieldError("interventionId", "Indsatsen findes ikke i kataloget, eller den tilbydes ikke længere"));
                }
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                var participant = new NetworkParticipant();
                participant.id = UUID.randomUUID();
                participant.courseId = course.id;
                participant.name = request.name().strip();
                participant.role = request.role();
                participant.kind = request.kind();
                participant.interventionId = request.interventionId();
                participant.consentGivenBy = request.consentGivenBy();
                participant.consentGivenOn = request.consentGivenOn();
                participant.consentRecordedBy = identity.getPrincipal().getName();
                participant.consentRecordedAt = time.now();
                return participant.<NetworkParticipant>persist()
                        .call(() -> outbox.publish(EventType.NETWORK_PARTICIPANT_CONSENTED_V1, course.childId,
                                new NetworkParticipantConsentedV1(course.id, course.childId, participant.id,
                                        participant.role.code(), participant.kind.code(), participant.interventionId,
                                        participant.consentGivenBy.code(), participant.consentGivenOn,
                                        participant.consentRecordedAt)))
                        .call(() -> auditLog.write(course.childId, "network", "Netværksdeltager registreret med samtykke"))
                        .map(NetworkParticipantView::of);
            });
        });
    }

    /** The consent is withdrawn: the participant is taken off every meeting still planned, and invited to none again. */
    @WithTransaction
    public Uni<NetworkParticipantView> withdraw(UUID courseId, UUID participantId, WithdrawConsentRequest request) {
        return access.open(courseId, "network").chain(course -> NetworkParticipant.<NetworkParticipant>findById(participantId)
                .chain(participant -> {
                    if (participant == null || !participant.courseId.equals(course.id)) {
                        throw new NotFound("Netværksdeltageren findes ikke i forløbet");
                    }
                    if (!participant.hasConsent()) {
                        throw new Conflict("Samtykket er allerede trukket tilbage");
                    }
                    if (request.withdrawnOn().isBefore(participant.consentGivenOn)) {
                        throw new InvalidInputException("withdrawnOn", "Samtykket kan ikke trækkes tilbage, før det blev givet");
                    }
                    participant.withdrawnOn = request.withdrawnOn();
                    participant.withdrawnRecordedBy = identity.getPrincipal().getName();
                    participant.withdrawnRecordedAt = time.now();
                    return uninvited(participant.id)
                            .call(() -> outbox.publish(EventType.NETWORK_PARTICIPANT_WITHDRAWN_V1, course.childId,
                                    new NetworkParticipantWithdrawnV1(course.id, course.childId, participant.id,
                                            participant.role.code(), participant.withdrawnOn,
                                            participant.withdrawnRecordedAt)))
                            .call(() -> auditLog.write(course.childId, "network",
                                    "Samtykke for netværksdeltager trukket tilbage"))
                            .replaceWith(() -> NetworkParticipantView.of(participant));
                }));
    }

    /** The course's network, first recorded first: every participant, those whose consent was withdrawn too. */
    public static Uni<List<NetworkParticipant>> of(UUID courseId) {
        return NetworkParticipant.list("courseId = ?1 order by consentRecordedAt, id", courseId);
    }

    /**
     * Takes the participant off the meetings still planned. The meetings are the meeting feature's (which builds on
     * this one), so their invitations are deleted by table, not by class.
     */
    private static Uni<Integer> uninvited(UUID participantId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from meeting_participant where network_participant_id = ?1 and meeting_id in "
                                + "(select id from meeting where status = 'PLANLAGT')")
                .setParameter(1, participantId).executeUpdate());
    }
}
