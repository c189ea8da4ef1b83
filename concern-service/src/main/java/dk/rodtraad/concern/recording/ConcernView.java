package dk.rodtraad.concern.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded concern as the API returns it. */
public record ConcernView(UUID id, UUID childId, ConcernLevel level, Setting setting, LocalDate observedOn,
        String observation, String recordedBy, Instant recordedAt) {

    static ConcernView of(Concern concern) {
        return new ConcernView(concern.id, concern.child.id, concern.level, concern.setting, concern.observedOn,
                concern.observation, concern.recordedBy, concern.recordedAt);
    }
}
