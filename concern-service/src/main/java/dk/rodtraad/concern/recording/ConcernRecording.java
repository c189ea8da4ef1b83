package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.codes.AgeGroup;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.concern.access.LoggedInProfessional;
import dk.rodtraad.concern.access.Workplace;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.child.ChildRegistry;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import dk.rodtraad.concern.language.TaxonomyInForce;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.ConcernRaisedV2;
import dk.rodtraad.contracts.concern.ConcernReassessedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records and reassesses concerns: each change, its history entry, the case team the first concern starts, the case's
 * coordination, the events and the audit entries are stored together or not at all. The child's case team sees its
 * concerns (and the authority notified of it); a professional outside the team sees their own; to anyone else they
 * do not exist.
 */
@ApplicationScoped
public class ConcernRecording {

    /** The municipality's calendar: the day of an event, for the child's age band on it. */

    static final String NOT_ON_TEAM = "Du er ikke med i barnets sagsteam og kan ikke udpege dets tovholder. "
            + "Bed om at komme med i sagsteamet";

    private final ChildRegistry children;
    private final TaxonomyInForce taxonomy;
    private final ChildAccess access;
    private final CaseCoordinations coordinations;
    private final LoggedInProfessional loggedIn;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;
    private final ChildAge age;
    private final IdempotentRequests idempotent;

    public ConcernRecording(ChildRegistry children, TaxonomyInForce taxonomy, ChildAccess access,
            CaseCoordinations coordinations, LoggedInProfessional loggedIn, Outbox outbox, AuditLog auditLog, StoredTime time,
            ChildAge age, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.age = age;
        this.time = time;
        this.children = children;
        this.taxonomy = taxonomy;
        this.access = access;
        this.coordinations = coordinations;
        this.loggedIn = loggedIn;
        this.outbox = outbox;
        this.auditLog = auditLog;
    }

    /**
     * @param key null, or what the client names this request by: sent again (a retry after a lost answer, a form sent
     *            twice), it is answered with the concern the first recorded, not recorded twice
     */
    @WithTransaction
    public Uni<ConcernView> record(RecordConcernRequest request, IdempotencyKey key) {
        return idempotent.once(loggedIn.username(), key, request, () -> recordNew(request), ConcernView::id,
                this::shown);
    }

    private Uni<ConcernView> recordNew(RecordConcernRequest request) {
        var recorder = loggedIn.withDiscipline();
        var workplace = loggedIn.workplace();
        return taxonomy.current()
                .invoke(language -> language.requireKnown("signs", request.signs()))
                .chain(language -> children.identify("child", request.child()).chain(child -> {
                    // A refusal rolls the transaction back: not even the child is stored.
                    String ageReason = age.require(child.bornOn(), request.observedOn(), request.ageReason());
                    var concern = new Concern();
                    concern.id = UUID.randomUUID();
                    concern.child = child;
                    concern.assessment = Assessment.of(request.level(), request.acute(), request.signs(),
                            language.version());
                    concern.setting = request.setting();
                    concern.observedOn = request.observedOn();
                    concern.ageReason = ageReason;
                    concern.observation = request.observation().strip();
                    involveParents(concern, request);
                    concern.childViewMethod = request.childView().method();
                    concern.childView = request.childView().view().strip();
                    concern.recordedBy = recorder.username();
                    concern.recordedAt = time.now();
                    return concern.<Concern>persist();
                }))
                .chain(concern -> access.startTeamUnlessThere(concern.child.id, recorder).chain(member -> {
                    String tovholder = request.tovholder() == null || request.tovholder().isBlank() ? null
                            : request.tovholder().strip();
                    if (!member && tovholder != null) {
                        // Not on the case team: they cannot name its tovholder, nor name anyone onto it.
                        throw new InvalidInputException("tovholder", NOT_ON_TEAM);
                    }
                    return ConcernAssessment.of(concern, concern.recordedBy, concern.recordedAt)
                            .<ConcernAssessment>persist()
                            .map(first -> ConcernView.of(concern, List.of(first)))
                            .call(() -> outbox.publish(EventType.CONCERN_RAISED_V2, concern.child.id, raised(concern, workplace)))
                            // After the raised event, so a timeline shows the concern before the tovholder it led to.
                            // Only a member's discipline counts on the case: a concern from outside the team does
                            // not make it cross-disciplinary until its recorder joins.
                            .call(() -> member ? coordinations.concernRecorded(concern.child.id, recorder, tovholder)
                                    : Uni.createFrom().voidItem())
                            .call(() -> auditLog.write(concern.child.id, "concern", "Bekymring registreret"));
                }));
    }

    /** @return the concern with its history, or null when there is no such concern the user may see */
    @WithTransaction
    public Uni<ConcernView> reassess(UUID id, ReassessConcernRequest request) {
        var workplace = loggedIn.workplace();
        return visible(id).chain(concern -> {
            if (concern == null) {
                return Uni.createFrom().nullItem();
            }
            if (concern.version != request.version()) {
                throw new OptimisticLockException("Concern " + id + " has changed since version " + request.version());
            }
            return taxonomy.current()
                    .invoke(language -> language.requireKnown("signs", request.signs()))
                    .chain(language -> {
                        concern.assessment = Assessment.of(request.level(), request.acute(), request.signs(),
                                language.version());
                        return concern.<Concern>persistAndFlush();
                    })
                    .chain(changed -> ConcernAssessment.of(changed, loggedIn.username(), time.now()).persist())
                    .chain(assessment -> outbox.publish(EventType.CONCERN_REASSESSED_V1, concern.child.id,
                            reassessed(concern, (ConcernAssessment) assessment, workplace)))
                    .call(() -> auditLog.write(concern.child.id, "concern", "Bekymring revurderet"))
                    .chain(() -> viewOf(concern));
        });
    }

    /**
     * Reading a concern is a use of the child's data: it is audit-logged, hence the transaction.
     *
     * @return null when there is no such concern the user may see
     */
    @WithTransaction
    public Uni<ConcernView> find(UUID id) {
        return shown(id);
    }

    /** The concern with its history as the user is shown it, the read logged; null as {@link #find}. */
    private Uni<ConcernView> shown(UUID id) {
        return visible(id).chain(concern -> concern == null ? Uni.createFrom().nullItem()
                : auditLog.read(concern.child.id, "concern", "Bekymring vist").chain(() -> viewOf(concern)));
    }

    /** The concern, or null both when there is none and when the user may not see its child. */
    private Uni<Concern> visible(UUID id) {
        return Concern.<Concern>find("from Concern c join fetch c.child where c.id = ?1", id).firstResult()
                .chain(concern -> concern == null ? Uni.createFrom().nullItem()
                        : concern.recordedBy.equals(loggedIn.username()) ? Uni.createFrom().item(concern)
                        : access.maySee(concern.child.id).chain(maySee -> maySee ? Uni.createFrom().item(concern)
                                : auditLog.refused(concern.child.id, "concern", 404).replaceWith((Concern) null)));
    }

    private static Uni<ConcernView> viewOf(Concern concern) {
        return ConcernAssessment.historyOf(concern.id).map(history -> ConcernView.of(concern, history));
    }

    private static void involveParents(Concern concern, RecordConcernRequest request) {
        if (request.parents() == null) {
            concern.parentsNotInvolvedReason = request.parentsNotInvolvedReason().strip();
            return;
        }
        concern.parentsInvolvedOn = request.parents().involvedOn();
        concern.parentsContact = request.parents().how();
        concern.parentsInvolvedBy = request.parents().involvedBy().strip();
        concern.parentsPerspective = request.parents().perspective() == null ? null
                : request.parents().perspective().strip();
    }


    private static ConcernRaisedV2 raised(Concern concern, Workplace workplace) {
        var assessment = concern.assessment;
        return new ConcernRaisedV2(concern.id, concern.child.id, assessment.level.code(), assessment.acute,
                assessment.signs, assessment.taxonomyVersion, concern.setting.code(), concern.observedOn,
                concern.recordedAt, ageBand(concern.child, concern.recordedAt), workplace.district(), workplace.unit());
    }

    private static ConcernReassessedV1 reassessed(Concern concern, ConcernAssessment entry, Workplace workplace) {
        var assessment = entry.assessment;
        return new ConcernReassessedV1(concern.id, concern.child.id, assessment.level.code(), assessment.acute,
                assessment.signs, assessment.taxonomyVersion, entry.assessedAt, ageBand(concern.child, entry.assessedAt),
                workplace.district(), workplace.unit());
    }

    /**
     * The child's age group on the day of the event, the only trace of the birth date an event carries; null for a
     * young adult of 18 or more (a concern resting on a listed reason such as efterværn).
     */
    private static String ageBand(Child child, Instant at) {
        return AgeGroup.on(child.bornOn(), DanishDates.day(at)).map(AgeGroup::code).orElse(null);
    }
}
