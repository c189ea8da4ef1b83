package dk.rodtraad.catalogue.intervention;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** What an editor sends to change an intervention: always with the version fetched, for optimistic locking. */
public final class InterventionRequests {

    public record Edit(@NotNull(message = "Angiv den version, du har hentet") Long version,
            @NotNull(message = "Angiv indholdet") @Valid InterventionContent content) {
    }

    public record ChangeStatus(@NotNull(message = "Angiv den version, du har hentet") Long version,
            @NotNull(message = "Angiv den nye status: offentliggjort, pause eller udgaaet") InterventionStatus status) {
    }

    private InterventionRequests() {
    }
}
