package dk.rodtraad.networkmeeting.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * An open question (åbent spørgsmål, uafklaret; Tolerance for usikkerhed): a meeting may end without a decision, and
 * what it left open is carried to the next meetings until one answers it.
 */
@Entity
@Table(name = "open_question")
public class OpenQuestion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "raised_at_meeting_id", nullable = false)
    public UUID raisedAtMeetingId;

    /** The order in which the raising meeting's record holds its questions. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String question;

    /** The meeting that answered it; null while it is open. */
    @Column(name = "answered_at_meeting_id")
    public UUID answeredAtMeetingId;

    public String answer;

    public boolean isOpen() {
        return answeredAtMeetingId == null;
    }
}
