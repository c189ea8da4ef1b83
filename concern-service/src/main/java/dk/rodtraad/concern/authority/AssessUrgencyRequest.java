package dk.rodtraad.concern.authority;

import dk.rodtraad.concern.notification.Urgency;
import jakarta.validation.constraints.NotNull;

/** The assessment due within 24 hours: is the child's health or development in danger, is acute help needed? */
public record AssessUrgencyRequest(
        @NotNull(message = "Vælg vurderingen: akut eller ikke akut") Urgency urgency,
        @NotNull(message = AuthoritySteps.VERSION) Long version) {
}
