package dk.rodtraad.networkmeeting.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Changes a course's core team (kerneteam): who joins and who leaves (usernames), and why ({@link CoreTeamContinuity}).
 *
 * @param version the course's version the professional saw
 */
public record ChangeCoreTeamRequest(
        @Size(max = CoreTeamContinuity.MAX_MEMBERS, message = "Højst " + CoreTeamContinuity.MAX_MEMBERS + " fagpersoner")
        List<@NotBlank(message = "Angiv fagpersonens brugernavn") @Size(max = 100, message = "Højst 100 tegn") String> joining,
        @Size(max = CoreTeamContinuity.MAX_MEMBERS, message = "Højst " + CoreTeamContinuity.MAX_MEMBERS + " fagpersoner")
        List<@NotBlank(message = "Angiv fagpersonens brugernavn") @Size(max = 100, message = "Højst 100 tegn") String> leaving,
        @NotBlank(message = "Angiv hvorfor kerneteamet ændres") @Size(max = 1000, message = "Højst 1000 tegn") String reason,
        @NotNull(message = "Angiv versionen af forløbet, du har set") Long version) {
}
