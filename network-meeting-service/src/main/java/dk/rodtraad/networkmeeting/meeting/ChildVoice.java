package dk.rodtraad.networkmeeting.meeting;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * The child's or young person's own voice (barnets stemme) at a meeting, heard with an age-adapted method. At most one
 * per meeting; the words stay in this service.
 */
@Entity
@Table(name = "child_voice")
public class ChildVoice extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChildVoiceMethod method;

    @Column(nullable = false)
    public String words;
}
