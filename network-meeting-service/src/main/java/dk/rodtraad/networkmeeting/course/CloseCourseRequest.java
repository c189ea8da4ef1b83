package dk.rodtraad.networkmeeting.course;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Closes a course.
 *
 * @param reason  why, in the professional's words; may be left out
 * @param version the course's version the professional saw
 */
public record CloseCourseRequest(
        @Size(max = 1000, message = "Højst 1000 tegn") String reason,
        @NotNull(message = "Angiv versionen af forløbet, du har set") Long version) {
}
