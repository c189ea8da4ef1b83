package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.networkmeeting.course.MeetingRole;

import java.time.LocalDate;
import java.util.UUID;

/** A network participant with the family's consent, or with the day it was withdrawn. */
public record NetworkParticipantView(UUID id, String name, MeetingRole role, NetworkKind kind, UUID interventionId,
        MeetingRole consentGivenBy, LocalDate consentGivenOn, LocalDate withdrawnOn, boolean consent) {

    public static NetworkParticipantView of(NetworkParticipant participant) {
        return new NetworkParticipantView(participant.id, participant.name, participant.role, participant.kind,
                participant.interventionId, participant.consentGivenBy, participant.consentGivenOn,
                participant.withdrawnOn, participant.hasConsent());
    }
}
