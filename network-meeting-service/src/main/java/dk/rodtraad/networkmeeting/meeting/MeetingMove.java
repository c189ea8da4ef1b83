package dk.rodtraad.networkmeeting.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A meeting moved (flyttet) to another time or place: the earlier and the new, and why. Never changed. */
@Entity
@Table(name = "meeting_move")
public class MeetingMove extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "from_starts_at", nullable = false)
    public Instant fromStartsAt;

    @Column(name = "from_ends_at", nullable = false)
    public Instant fromEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_place", nullable = false)
    public MeetingPlace fromPlace;

    @Column(name = "to_starts_at", nullable = false)
    public Instant toStartsAt;

    @Column(name = "to_ends_at", nullable = false)
    public Instant toEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_place", nullable = false)
    public MeetingPlace toPlace;

    /** In the professional's words: free text, never sent in an event. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "moved_by", nullable = false)
    public String movedBy;

    @Column(name = "moved_at", nullable = false)
    public Instant movedAt;
}
