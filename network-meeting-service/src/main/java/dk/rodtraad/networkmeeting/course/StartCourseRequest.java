package dk.rodtraad.networkmeeting.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Starts a course (forløb) at the first contact about a child: who was contacted (a username on the child's case
 * team; the one starting when left out), when, from whom and about what, and the core team (usernames on the case
 * team; the contacted professional is always on it and carries the responsibility).
 */
public record StartCourseRequest(
        @NotNull(message = "Angiv barnets id") UUID childId,
        @NotNull(message = "Angiv hvornår henvendelsen kom") Instant firstContactAt,
        @NotNull(message = "Vælg hvem henvendelsen kom fra") ContactFrom contactFrom,
        @NotBlank(message = "Beskriv kort hvad henvendelsen handlede om") @Size(max = 500, message = "Højst 500 tegn") String contactAbout,
        @Size(max = 100, message = "Højst 100 tegn") String contacted,
        @Size(max = CoreTeamContinuity.MAX_MEMBERS, message = "Kerneteamet kan højst have " + CoreTeamContinuity.MAX_MEMBERS + " fagpersoner")
        List<@NotBlank(message = "Angiv fagpersonens brugernavn") @Size(max = 100, message = "Højst 100 tegn") String> coreTeam) {
}
