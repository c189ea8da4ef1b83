package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.networkmeeting.course.MeetingRole;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One participant's perspective (perspektiv, Dialogisme) in their own words, attributed to their role in the meeting
 * (mor, far, barnet, bedstemor, lærer, …): every voice weighs the same, and no field speaks for all. The words stay in
 * this service: an event names the role, never what was said.
 */
@Entity
@Table(name = "perspective")
public class Perspective extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    /** The order in which the record holds the perspectives. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingRole role;

    /** The meeting participant who spoke, where the record names one. */
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(nullable = false)
    public String words;
}
