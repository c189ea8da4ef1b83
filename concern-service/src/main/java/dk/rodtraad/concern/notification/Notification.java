package dk.rodtraad.concern.notification;

import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.deadline.NotificationDeadlines;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An underretning: a professional's notification to the authority about a child, and the authority's steps on it
 * (urgency assessed, receipt sent, outcome decided), each done once.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Several caseworkers share the authority's inbox: the second of two steps taken at once is refused. */
    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    public Child child;

    /** The concern it was made from; null when made directly. */
    @Column(name = "concern_id")
    public UUID concernId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ground ground;

    /** The professional's own words. Travels only to the authority, never on a pseudonymous event. */
    @Column(name = "known_or_suspected", nullable = false)
    public String knownOrSuspected;

    @Column(name = "parents_informed", nullable = false)
    public boolean parentsInformed;

    @Column(name = "parents_not_informed_reason")
    public String parentsNotInformedReason;

    @Column(name = "notified_by", nullable = false)
    public String notifiedBy;

    @Column(name = "notifier_profession", nullable = false)
    public String notifierProfession;

    /** When the authority received it: the moment it was stored. The statutory deadlines run from here. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "urgency_assessed_by")
    public String urgencyAssessedBy;

    @Column(name = "urgency_assessed_at")
    public Instant urgencyAssessedAt;

    @Column(name = "receipt_sent_by")
    public String receiptSentBy;

    @Column(name = "receipt_sent_at")
    public Instant receiptSentAt;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Column(name = "outcome_decided_by")
    public String outcomeDecidedBy;

    @Column(name = "outcome_decided_at")
    public Instant outcomeDecidedAt;

    public NotificationDeadlines deadlines() {
        return new NotificationDeadlines(receivedAt);
    }

    public static Uni<Notification> withChild(UUID id) {
        return find("from Notification n join fetch n.child where n.id = ?1", id).firstResult();
    }

    public static Uni<List<Notification>> allWithChild() {
        return list("from Notification n join fetch n.child order by n.receivedAt, n.id");
    }

    static Uni<List<Notification>> by(String username) {
        return list("from Notification n join fetch n.child where n.notifiedBy = ?1 order by n.receivedAt desc, n.id",
                username);
    }
}
