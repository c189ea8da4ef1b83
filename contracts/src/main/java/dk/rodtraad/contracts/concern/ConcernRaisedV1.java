package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A professional recorded a concern about a child ({@code dk.rodtraad.concern.raised.v1}).
 * Carries no CPR number, no name and no free text: only the pseudonymous child id and coded facts.
 *
 * @param level   the shared concern scale: {@code green}, {@code yellow} or {@code red}
 * @param setting where the signs were seen: {@code sundhedspleje}, {@code dagtilbud}, {@code skole}, {@code fritid},
 *                {@code hjemmet} or {@code andet}
 */
public record ConcernRaisedV1(UUID concernId, UUID childId, String level, String setting, LocalDate observedOn,
        Instant raisedAt) {
}
