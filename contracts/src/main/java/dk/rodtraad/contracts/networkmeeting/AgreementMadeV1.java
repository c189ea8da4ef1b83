package dk.rodtraad.contracts.networkmeeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agreement (aftale) was made at a network meeting ({@code dk.rodtraad.network-meeting.agreement-made.v1}): who
 * carries it by role, by when, and the catalogue's intervention it refers to; never what was agreed.
 *
 * @param carrierRole       e.g. {@code mor}, {@code bedstemor}, {@code laerer}
 * @param carrierDiscipline the discipline of the professional who carries it, or null when the family or the network does
 * @param interventionId    the catalogue's intervention, or null
 */
public record AgreementMadeV1(UUID courseId, UUID childId, UUID agreementId, UUID meetingId, String carrierRole,
        String carrierDiscipline, LocalDate dueOn, UUID interventionId, Instant madeAt) {
}
