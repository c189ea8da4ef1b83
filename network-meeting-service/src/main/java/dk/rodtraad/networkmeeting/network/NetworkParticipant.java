package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.networkmeeting.course.MeetingRole;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A network participant (netværksdeltager, Det sociale netværks perspektiv): someone of the family's network whom
 * the family wants at the meetings — a grandmother, a coach, a volunteer from civil society — recorded with the
 * family's consent (samtykke: given by whom, when). Without consent, or once it is withdrawn, they cannot be invited
 * ({@link ConsentGate}). The name is the family's word for the person: it stays in this service.
 */
@Entity
@Table(name = "network_participant")
public class NetworkParticipant extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    /** Never sent in an event. */
    @Column(nullable = false)
    public String name;

    /** What the person is to the family: a role of the group {@link MeetingRole.Group#NETVAERK}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NetworkKind kind;

    /** The catalogue's civil-society intervention the participant comes from, where one exists. */
    @Column(name = "intervention_id")
    public UUID interventionId;

    /** Who of the family gave the consent: a parent or the child ({@link MeetingRole.Group#FAMILIE}, {@code BARN}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_given_by", nullable = false)
    public MeetingRole consentGivenBy;

    @Column(name = "consent_given_on", nullable = false)
    public LocalDate consentGivenOn;

    @Column(name = "consent_recorded_by", nullable = false)
    public String consentRecordedBy;

    @Column(name = "consent_recorded_at", nullable = false)
    public Instant consentRecordedAt;

    /** The day the family withdrew its consent; null while it stands. */
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawn_recorded_by")
    public String withdrawnRecordedBy;

    @Column(name = "withdrawn_recorded_at")
    public Instant withdrawnRecordedAt;

    public boolean hasConsent() {
        return withdrawnOn == null;
    }
}
