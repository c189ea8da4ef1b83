package dk.rodtraad.concern.notification;

import dk.rodtraad.concern.child.ChildIdentity;
import dk.rodtraad.concern.validation.FieldsAgree;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An underretning made directly, without a recorded concern: it names the child itself. */
@FieldsAgree
public record NotifyAboutChildRequest(
        @NotNull(message = "Angiv barnet") @Valid ChildIdentity child,
        @NotNull(message = NotifyRequest.GROUND) Ground ground,
        @NotBlank(message = NotifyRequest.KNOWN) @Size(max = 8000, message = "Højst 8000 tegn") String knownOrSuspected,
        @NotNull(message = NotifyRequest.PARENTS) Boolean parentsInformed,
        @Size(max = 4000, message = "Højst 4000 tegn") String parentsNotInformedReason) implements NotificationDetails {
}
