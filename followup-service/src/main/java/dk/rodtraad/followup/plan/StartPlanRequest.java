package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Starts an intervention plan (indsatsplan) for a child: the intervention (one the catalogue publishes, by
 * {@code interventionId}, or a local effort described in a few words, {@code localEffort}: exactly one), the
 * responsible professional (a username on the case team; the one starting when left out), the start date, the review
 * dates, the child's birth month ({@code YYYY-MM}) and the goals.
 */
public record StartPlanRequest(
        @NotNull(message = "Angiv barnets id") UUID childId,
        UUID interventionId,
        @Size(max = 500, message = "Højst 500 tegn") String localEffort,
        @Size(max = 100, message = "Højst 100 tegn") String responsible,
        @NotNull(message = "Angiv hvornår indsatsen begynder") @WorkDate LocalDate startsOn,
        @NotNull(message = "Angiv barnets fødselsmåned")
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "Angiv fødselsmåneden som år og måned, fx 2016-04")
        String birthMonth,
        @NotEmpty(message = "Angiv mindst én dato for opfølgning") @Size(max = Plans.MAX_REVIEWS, message = "Højst " + Plans.MAX_REVIEWS + " opfølgninger")
        List<@NotNull(message = "Angiv datoen") @WorkDate LocalDate> reviewDates,
        @NotEmpty(message = "Sæt mindst ét mål") @Size(max = Plans.MAX_GOALS, message = "Højst " + Plans.MAX_GOALS + " mål")
        List<@NotNull(message = "Angiv målet") @Valid GoalRequest> goals) {
}
