package dk.rodtraad.networkmeeting.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Cancels a planned meeting, and why. */
public record CancelMeetingRequest(
        @NotBlank(message = "Angiv hvorfor mødet aflyses") @Size(max = 1000, message = "Højst 1000 tegn") String reason,
        @NotNull(message = "Angiv versionen af mødet, du har set") Long version) {
}
