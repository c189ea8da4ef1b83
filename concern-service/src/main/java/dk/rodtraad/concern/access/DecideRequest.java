package dk.rodtraad.concern.access;

import jakarta.validation.constraints.Size;

/**
 * Accepting a request to join, optionally naming the tovholder when the requester's own concerns make the case
 * cross-disciplinary and it has none yet.
 */
public record DecideRequest(@Size(max = 100, message = "Højst 100 tegn") String tovholder) {
}
