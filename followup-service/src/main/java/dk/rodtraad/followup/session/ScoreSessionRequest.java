package dk.rodtraad.followup.session;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A session's FIT scores in one request: the day, and each rater's forms (at most one set per rater). */
public record ScoreSessionRequest(
        @NotNull(message = "Angiv sessionens dato") @WorkDate(happened = true) LocalDate heldOn,
        @NotEmpty(message = "Angiv mindst én persons skemaer") @Size(max = 3, message = "Højst én person af hver slags: barnet, en forælder og en anden voksen")
        List<@NotNull(message = "Angiv skemaerne") @Valid RatingRequest> ratings) {
}
