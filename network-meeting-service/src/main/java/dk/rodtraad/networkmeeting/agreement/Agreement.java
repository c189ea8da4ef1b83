package dk.rodtraad.networkmeeting.agreement;

import dk.rodtraad.networkmeeting.course.MeetingRole;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement (aftale) made at a meeting: what is agreed, who carries it (a professional, a parent or the child, a
 * network participant), by when, and optionally the catalogue's intervention it refers to. It is followed up
 * ({@link FollowUp}) at a later meeting until it is done, changed or dropped ({@link AgreementStatus}).
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(name = "made_at_meeting_id", nullable = false)
    public UUID madeAtMeetingId;

    /** The order in which the meeting's record holds its agreements. */
    @Column(nullable = false)
    public int position;

    /** What is agreed, in the meeting's words: never sent in an event. */
    @Column(nullable = false)
    public String what;

    /** Who carries it (tovholder for the agreement), by role. */
    @Enumerated(EnumType.STRING)
    @Column(name = "carrier_role", nullable = false)
    public MeetingRole carrierRole;

    /** The professional who carries it (username); null when the family or the network does. */
    @Column(name = "carrier_username")
    public String carrierUsername;

    @Column(name = "carrier_discipline")
    public String carrierDiscipline;

    /** The network participant who carries it; null unless one of the network does. */
    @Column(name = "carrier_network_participant_id")
    public UUID carrierNetworkParticipantId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The catalogue's intervention the agreement refers to (a referral), where it names one. */
    @Column(name = "intervention_id")
    public UUID interventionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    /** The agreement this one changed (a follow-up {@link FollowUpOutcome#AENDRET}), if any. */
    @Column(name = "replaces_agreement_id")
    public UUID replacesAgreementId;
}
