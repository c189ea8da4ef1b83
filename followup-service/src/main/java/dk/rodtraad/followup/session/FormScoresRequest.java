package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.FitForm;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * One filled-in form: its name and its four items, each 0–10 with at most one decimal (checked by the FIT rules'
 * {@code Score.check}, which names the offending item).
 */
public record FormScoresRequest(
        @NotNull(message = "Vælg skemaet: ors, cors, ycors, srs, csrs eller ycsrs") FitForm form,
        @NotNull(message = "Angiv skemaets fire punkter") List<BigDecimal> items) {
}
