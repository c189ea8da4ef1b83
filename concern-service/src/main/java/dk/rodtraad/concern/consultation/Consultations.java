package dk.rodtraad.concern.consultation;

import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.NotPermitted;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.idempotency.IdempotentRequests;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.LoggedInProfessional;
import dk.rodtraad.concern.child.ChildRegistry;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.concern.ConsultationLinkedV1;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Anonymous consultations. While anonymous, every professional and the authority may read one and add sparring, and
 * it is about no child, so neither audited nor published. Once linked to a child it is the child's data: seen by
 * those involved with the child, every use audited.
 */
@ApplicationScoped
public class Consultations {

    /** How many days an anonymous consultation is listed to colleagues and the authority. */
    public static final int LISTED_FOR_DAYS = 30;

    private final ChildRegistry children;
    private final ChildAccess access;
    private final LoggedInProfessional loggedIn;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;
    private final IdempotentRequests idempotent;

    public Consultations(ChildRegistry children, ChildAccess access, LoggedInProfessional loggedIn, Outbox outbox,
            AuditLog auditLog, StoredTime time, IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.time = time;
        this.children = children;
        this.access = access;
        this.loggedIn = loggedIn;
        this.outbox = outbox;
        this.auditLog = auditLog;
    }

    /**
     * @param key null, or what the client names this request by: sent again (a retry, a form sent twice), it is
     *            answered with the consultation the first opened
     */
    @WithTransaction
    public Uni<ConsultationView> open(OpenConsultationRequest request, IdempotencyKey key) {
        return idempotent.once(loggedIn.username(), key, request, () -> openNew(request), ConsultationView::id,
                this::shown);
    }

    private Uni<ConsultationView> openNew(OpenConsultationRequest request) {
        var consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.situation = request.situation().strip();
        consultation.setting = request.setting();
        consultation.childAgeYears = request.childAgeYears();
        consultation.openedBy = loggedIn.username();
        consultation.openedAt = time.now();
        return consultation.<Consultation>persist().map(opened -> ConsultationView.of(opened, List.of()));
    }

    /**
     * The consultations still anonymous, newest first: what colleagues and the authority may give sparring on. They
     * name no child, so reading them is no use of a child's data. Sparring is about a situation now, and a free text
     * may identify a family even without a name, so each is listed to everyone for {@link #LISTED_FOR_DAYS} days only; its
     * opener, who follows it up and links it, keeps it listed until then.
     */
    @WithTransaction
    public Uni<List<ConsultationView>> anonymous() {
        return Consultation.<Consultation>list(
                        "childId is null and (openedAt >= ?1 or openedBy = ?2) order by openedAt desc",
                        time.now().minus(Duration.ofDays(LISTED_FOR_DAYS)), loggedIn.username())
                .chain(open -> Multi.createFrom().iterable(open).onItem().transformToUniAndConcatenate(this::viewOf)
                        .collect().asList());
    }

    /** @return null when there is no such consultation the user may see */
    @WithTransaction
    public Uni<ConsultationView> find(UUID id) {
        return shown(id);
    }

    /** The consultation as the user is shown it, a use of a child's data audited; null as {@link #find}. */
    private Uni<ConsultationView> shown(UUID id) {
        return visible(id).chain(consultation -> consultation == null ? Uni.createFrom().nullItem()
                : audited(consultation, false, "Sparring vist").chain(() -> viewOf(consultation)));
    }

    /**
     * @param key null, or what the client names this request by: sent again, it is answered with the consultation
     *            as it is, the note added once
     * @return null when there is no such consultation the user may see
     */
    @WithTransaction
    public Uni<ConsultationView> addNote(UUID id, AddNoteRequest request, IdempotencyKey key) {
        return idempotent.once(loggedIn.username(), key, List.of(id, request), () -> addNewNote(id, request),
                ConsultationView::id, this::shown);
    }

    private Uni<ConsultationView> addNewNote(UUID id, AddNoteRequest request) {
        return visible(id).chain(consultation -> {
            if (consultation == null) {
                return Uni.createFrom().nullItem();
            }
            var note = new ConsultationNote();
            note.id = UUID.randomUUID();
            note.consultationId = consultation.id;
            note.text = request.text().strip();
            note.writtenBy = loggedIn.username();
            note.writtenAt = time.now();
            return note.persist()
                    .chain(() -> audited(consultation, true, "Note til sparring"))
                    .chain(() -> viewOf(consultation));
        });
    }

    /**
     * Links the consultation to the child, keeping its history. The professional linking it starts the child's case
     * team if it has none; a child with a team is left as it is (they see their own consultation and the team's
     * contact, and may ask to join).
     *
     * @return null when there is no such consultation the user may see
     */
    @WithTransaction
    public Uni<ConsultationView> link(UUID id, LinkConsultationRequest request) {
        var linker = loggedIn.withDiscipline();
        return visible(id).chain(consultation -> {
            if (consultation == null) {
                return Uni.createFrom().nullItem();
            }
            if (consultation.childId != null) {
                throw new Conflict("Sparringen er allerede knyttet til et barn");
            }
            if (!consultation.openedBy.equals(linker.username())) {
                // Only the one who described the situation knows which child it is about.
                throw new NotPermitted("Kun den fagperson, der oprettede sparringen, kan knytte den til et barn");
            }
            if (consultation.version != request.version()) {
                throw new OptimisticLockException("Consultation " + id + " changed since " + request.version());
            }
            return children.identify("child", request.child()).chain(child -> {
                consultation.childId = child.id;
                consultation.linkedBy = linker.username();
                consultation.linkedAt = time.now();
                return consultation.<Consultation>persistAndFlush();
            })
                    // The first record about a child without a case team starts it; a child with one is left as it is.
                    .call(linked -> access.startTeamUnlessThere(linked.childId, linker))
                    .call(linked -> outbox.publish(EventType.CONSULTATION_LINKED_V1, linked.childId,
                            new ConsultationLinkedV1(linked.id, linked.childId, linked.openedAt, linked.linkedAt)))
                    .call(linked -> auditLog.write(linked.childId, "consultation", "Anonym sparring knyttet til barnet"))
                    .chain(this::viewOf);
        });
    }

    /**
     * The consultation, or null both when there is none and when the user may not see it: an anonymous one every
     * professional and the authority (it names no child; sparring is its purpose), a linked one those who may see
     * the child: its case team, and the authority once the child is notified to it, and the opener, whose own it is.
     */
    private Uni<Consultation> visible(UUID id) {
        return Consultation.<Consultation>findById(id).chain(consultation -> {
            if (consultation == null) {
                return Uni.createFrom().nullItem();
            }
            if (consultation.childId == null) {
                return Uni.createFrom().item(consultation);
            }
            if (consultation.openedBy.equals(loggedIn.username())) {
                // Their own record, even when the child's case team is not theirs.
                return Uni.createFrom().item(consultation);
            }
            return access.maySee(consultation.childId).chain(maySee -> maySee ? Uni.createFrom().item(consultation)
                    : auditLog.refused(consultation.childId, "consultation", 404).replaceWith((Consultation) null));
        });
    }

    /** Only a linked consultation is a child's data, and so audited. */
    private Uni<Void> audited(Consultation consultation, boolean write, String purpose) {
        if (consultation.childId == null) {
            return Uni.createFrom().voidItem();
        }
        return write ? auditLog.write(consultation.childId, "consultation", purpose)
                : auditLog.read(consultation.childId, "consultation", purpose);
    }

    private Uni<ConsultationView> viewOf(Consultation consultation) {
        return ConsultationNote.of(consultation.id).map(notes -> ConsultationView.of(consultation, notes));
    }

}
