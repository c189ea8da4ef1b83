package dk.rodtraad.concern.access;

/**
 * A frontline professional as this service knows them.
 *
 * @param username   the Keycloak username, as {@code recordedBy} and the audit log show it
 * @param profession the discipline's claim value, e.g. {@code laerer} (see the chassis's {@code Profession})
 */
public record Professional(String username, String profession) {
}
