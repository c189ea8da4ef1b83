package dk.rodtraad.catalogue.intervention;

import java.time.Instant;
import java.util.UUID;

/**
 * An intervention as professionals see it through the API.
 *
 * @param version send it back with a change: a stale one gets 409
 */
public record InterventionView(UUID id, InterventionStatus status, int revision, long version, Instant changedAt,
        String changedBy, InterventionContent content) {

    public static InterventionView of(Intervention i) {
        return new InterventionView(i.id, i.status, i.revision, i.lockVersion, i.changedAt, i.changedBy, i.content());
    }
}
