package dk.rodtraad.concern.access;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of a child's case team as the team sees it: who (name from Keycloak), discipline, and on what basis.
 *
 * @param basis      the basis code: sagsopretter, samtykke or a listed ground
 * @param basisLabel the basis in Danish
 */
public record TeamMemberView(String username, String name, String discipline, String basis, String basisLabel,
        LocalDate consentGivenOn, String consentGivenTo, String consentScope, String addedBy, Instant addedAt,
        boolean tovholder) {
}
