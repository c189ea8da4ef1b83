package dk.rodtraad.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is logged in, as the UI shows it: name, discipline (for a fagperson) and realm roles; and, for a fagperson,
 * the unit (enhed, e.g. Sundhedsplejen) and district (distrikt, e.g. Nord) they work in, from the token's {@code unit}
 * and {@code district} claims (Keycloak user attributes, deploy/keycloak/README.md).
 */
public record CurrentUser(String username, String displayName, Optional<Profession> profession, Set<String> roles,
        Optional<String> unit, Optional<String> district) {

    /** A user whose token names no unit and no district. */
    public CurrentUser(String username, String displayName, Optional<Profession> profession, Set<String> roles) {
        this(username, displayName, profession, roles, Optional.empty(), Optional.empty());
    }

    public static CurrentUser of(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        Optional<Profession> profession = Optional.empty();
        Optional<String> unit = Optional.empty();
        Optional<String> district = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
            profession = Optional.ofNullable(token.<String>getClaim("profession")).flatMap(Profession::ofClaim);
            unit = claim(token, "unit");
            district = claim(token, "district");
        }
        return new CurrentUser(username, displayName, profession, new TreeSet<>(identity.getRoles()), unit, district);
    }

    private static Optional<String> claim(JsonWebToken token, String name) {
        return Optional.ofNullable(token.<String>getClaim(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Shown for a user with none of Rød Tråd's roles (only Keycloak's technical ones). */
    static final String NO_ROLE = "uden rolle";

    /**
     * The discipline in Danish, or the Danish word for each of the user's Rød Tråd roles for users without one, e.g.
     * "sundhedsplejerske" or "katalogredaktør"; never a role code.
     */
    public String function() {
        if (profession.isPresent()) {
            return profession.get().label();
        }
        List<String> labels = Role.of(roles).stream().map(Role::label).toList();
        return labels.isEmpty() ? NO_ROLE : String.join(", ", labels);
    }
}
