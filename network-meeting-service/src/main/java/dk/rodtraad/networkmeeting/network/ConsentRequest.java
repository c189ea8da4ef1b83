package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.input.WorkDate;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The family consents to one of its network taking part in the course's meetings ({@link ConsentGate}).
 *
 * @param name           what the family calls the person; stays in this service
 * @param role           what the person is to the family, e.g. {@code bedstemor}, {@code traener}, {@code frivillig}
 * @param interventionId the catalogue's civil-society intervention, for a participant from civil society
 * @param consentGivenBy who of the family consented: {@code mor}, {@code far}, {@code foraelder}, {@code barnet},
 *                       {@code den-unge}
 */
public record ConsentRequest(
        @NotBlank(message = "Angiv personens navn") @Size(max = 200, message = "Højst 200 tegn") String name,
        @NotNull(message = "Vælg hvem personen er for familien") MeetingRole role,
        @NotNull(message = "Vælg om personen er fra familiens netværk eller fra civilsamfundet") NetworkKind kind,
        UUID interventionId,
        @NotNull(message = "Vælg hvem i familien der gav samtykket") MeetingRole consentGivenBy,
        @NotNull(message = "Angiv hvornår samtykket blev givet") @WorkDate(happened = true) LocalDate consentGivenOn) {
}
