package dk.rodtraad.networkmeeting.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/**
 * Plans a meeting of a course at a time and place the family can make. The core team is always invited; the others
 * are listed. Network participants come only with the family's consent.
 *
 * @param placeDetail       an address, a room or a link for the participants; stays in this service
 * @param familyLaterReason why the family chose a time more than 24 hours after the first contact; only then
 * @param participants      the invited besides the core team
 */
public record ScheduleMeetingRequest(
        @NotNull(message = "Angiv hvornår mødet begynder") Instant startsAt,
        @NotNull(message = "Angiv hvornår mødet slutter") Instant endsAt,
        @NotNull(message = "Vælg hvor mødet holdes") MeetingPlace place,
        @Size(max = 500, message = "Højst 500 tegn") String placeDetail,
        @Size(max = 1000, message = "Højst 1000 tegn") String familyLaterReason,
        @Size(max = 30, message = "Højst 30 deltagere") List<@NotNull(message = "Angiv deltageren") @Valid ParticipantRequest> participants) {
}
