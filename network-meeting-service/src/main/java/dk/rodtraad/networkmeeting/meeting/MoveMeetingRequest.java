package dk.rodtraad.networkmeeting.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Moves a planned meeting to another time or place, and why.
 *
 * @param familyLaterReason why the family chose a time more than 24 hours after the first contact; only then
 * @param version           the meeting's version the professional saw
 */
public record MoveMeetingRequest(
        @NotNull(message = "Angiv hvornår mødet begynder") Instant startsAt,
        @NotNull(message = "Angiv hvornår mødet slutter") Instant endsAt,
        @NotNull(message = "Vælg hvor mødet holdes") MeetingPlace place,
        @Size(max = 500, message = "Højst 500 tegn") String placeDetail,
        @NotBlank(message = "Angiv hvorfor mødet flyttes") @Size(max = 1000, message = "Højst 1000 tegn") String reason,
        @Size(max = 1000, message = "Højst 1000 tegn") String familyLaterReason,
        @NotNull(message = "Angiv versionen af mødet, du har set") Long version) {
}
