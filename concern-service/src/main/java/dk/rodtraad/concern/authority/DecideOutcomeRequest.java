package dk.rodtraad.concern.authority;

import dk.rodtraad.concern.notification.Outcome;
import jakarta.validation.constraints.NotNull;

/** What follows the notification; the notifying professional sees it. */
public record DecideOutcomeRequest(
        @NotNull(message = "Vælg udfaldet: ingen foranstaltning, afdækning, børnefaglig undersøgelse eller støtte") Outcome outcome,
        @NotNull(message = AuthoritySteps.VERSION) Long version) {
}
