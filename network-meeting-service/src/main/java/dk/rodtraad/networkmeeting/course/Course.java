package dk.rodtraad.networkmeeting.course;

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
 * A course (forløb) of network meetings about one child, from the first contact (Hurtig hjælp: the first meeting
 * within 24 hours, {@link FirstMeetingClock}) to its closing. Whoever was contacted organises the first meeting and
 * carries the responsibility (Ansvar) until it is handed over explicitly. A child has at most one open course.
 */
@Entity
@Table(name = "course")
public class Course extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Two professionals may change the course at once: the second, stale change is refused. */
    @Version
    public long version;

    /** The child's pseudonymous id, as concern-service and every event know it. */
    @Column(name = "child_id", nullable = false)
    public UUID childId;

    /** When the first contact about the child came: the 24-hour clock starts here. */
    @Column(name = "first_contact_at", nullable = false)
    public Instant firstContactAt;

    /** The professional who was contacted (username), who organises the first meeting. */
    @Column(name = "contacted_username", nullable = false)
    public String contactedUsername;

    /** Their discipline, as Keycloak's {@code profession} claim names it. */
    @Column(name = "contacted_discipline", nullable = false)
    public String contactedDiscipline;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_from", nullable = false)
    public ContactFrom contactFrom;

    /** What the contact was about, in a few words: free text, never sent in an event. */
    @Column(name = "contact_about", nullable = false)
    public String contactAbout;

    /** Who carries the responsibility (ansvar) for the course now. */
    @Column(name = "responsible_username", nullable = false)
    public String responsibleUsername;

    @Column(name = "responsible_discipline", nullable = false)
    public String responsibleDiscipline;

    /** The unit (enhed) of the professional who started the course, e.g. Sundhedsplejen; null when the token had none. */
    public String unit;

    /** The district (distrikt) of that professional, e.g. Nord; null when the token had none. */
    public String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CourseStatus status;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Why the course was closed, in the professional's words; may be none. */
    @Column(name = "closed_reason")
    public String closedReason;

    public boolean isOpen() {
        return status == CourseStatus.AABEN;
    }
}
