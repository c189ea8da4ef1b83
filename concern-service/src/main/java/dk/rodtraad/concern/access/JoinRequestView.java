package dk.rodtraad.concern.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A request to join a child's case team, as the tovholder decides on it (and its requester sees it). */
public record JoinRequestView(UUID id, UUID childId, String username, String name, String discipline, String basis,
        String basisLabel, LocalDate consentGivenOn, String consentGivenTo, String consentScope, String message,
        Instant requestedAt, String status) {
}
