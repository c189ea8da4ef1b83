package dk.rodtraad.chassis.directory;

/**
 * A professional as Keycloak knows them: a user with the realm role {@code fagperson} and a discipline in the
 * {@code profession} attribute.
 *
 * @param discipline the discipline's claim value, e.g. {@code laerer}
 * @param email      null when Keycloak has none
 * @param phone      the {@code phone} attribute, null when Keycloak has none
 */
public record Colleague(String username, String name, String discipline, String email, String phone) {
}
