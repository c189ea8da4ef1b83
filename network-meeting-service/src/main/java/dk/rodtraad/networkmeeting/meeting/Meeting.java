package dk.rodtraad.networkmeeting.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * A network meeting (netværksmøde) of a course: a time and a place the family can make (Fleksibilitet og mobilitet),
 * planned, moved, then held — or cancelled. Its record is polyphonic: each participant's {@link Perspective}, the
 * child's own {@link ChildVoice}, the {@link OpenQuestion}s it leaves; never one conclusion for all.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Two professionals may move or record the same meeting at once: the second, stale change is refused. */
    @Version
    public long version;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingPlace place;

    /** Where exactly, for the participants (an address, a room, a link): free text, never sent in an event. */
    @Column(name = "place_detail")
    public String placeDetail;

    /**
     * Why the family chose a time later than 24 hours after the first contact; null when it did not. With a reason the
     * first meeting is not overdue ({@code FirstMeetingClock}).
     */
    @Column(name = "family_later_reason")
    public String familyLaterReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @Column(name = "scheduled_by", nullable = false)
    public String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    /** Who recorded the held meeting, and when; null until it is held. */
    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_reason")
    public String cancelledReason;
}
