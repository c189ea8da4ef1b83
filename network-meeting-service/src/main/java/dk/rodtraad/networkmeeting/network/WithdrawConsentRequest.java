package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The family withdraws its consent for a network participant. */
public record WithdrawConsentRequest(
        @NotNull(message = "Angiv hvornår samtykket blev trukket tilbage") @WorkDate(happened = true) LocalDate withdrawnOn) {
}
