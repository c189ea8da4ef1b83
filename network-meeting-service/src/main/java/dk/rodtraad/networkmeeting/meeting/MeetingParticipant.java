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
 * Who takes part in a meeting (mødedeltager): a professional (username and discipline: a core-team member or another
 * professional), a parent or the child (by role), or a network participant, only while the family's consent stands.
 * Invited when the meeting is planned; whether they were present is recorded when it is held.
 */
@Entity
@Table(name = "meeting_participant")
public class MeetingParticipant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingRole role;

    /** A professional's username; null for the family and the network. */
    public String username;

    /** A professional's discipline, as Keycloak's {@code profession} claim names it; null for the others. */
    public String discipline;

    /** The network participant, for one of the family's network. */
    @Column(name = "network_participant_id")
    public UUID networkParticipantId;

    @Column(nullable = false)
    public boolean invited;

    /** Null until the meeting is held. */
    public Boolean present;
}
