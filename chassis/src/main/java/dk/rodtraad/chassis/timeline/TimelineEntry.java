package dk.rodtraad.chassis.timeline;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event on a child's timeline, as this service's replica holds it. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /**
     * Event time, then event id: a total order that every replica computes alike, whatever order the events arrived
     * in, so the health nurse, the school and the authority see the same timeline.
     */
    public static Uni<List<TimelineEntry>> forChild(UUID childId) {
        return list("childId = ?1 order by occurredAt, eventId", childId);
    }
}
