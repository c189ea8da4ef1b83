package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.util.UUID;

/**
 * An agreement was followed up at a network meeting ({@code dk.rodtraad.network-meeting.agreement-followed-up.v1}).
 * The word on why stays in network-meeting-service.
 *
 * @param outcome {@code gennemfoert}, {@code delvist}, {@code ikke-gennemfoert}, {@code aendret} or {@code droppet}
 */
public record AgreementFollowedUpV1(UUID courseId, UUID childId, UUID agreementId, UUID meetingId, String outcome,
        Instant followedUpAt) {
}
