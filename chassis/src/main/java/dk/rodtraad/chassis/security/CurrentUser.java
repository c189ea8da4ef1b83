package dk.rodtraad.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Who is logged in, as the UI shows it: name, discipline (for a fagperson) and realm roles. */
public record CurrentUser(String username, String displayName, Optional<Profession> profession, Set<String> roles) {

    public static CurrentUser of(SecurityIdentity identity) {
        String username = identity.getPrincipal().getName();
        String displayName = username;
        Optional<Profession> profession = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            displayName = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
            profession = Optional.ofNullable(token.<String>getClaim("profession")).flatMap(Profession::ofClaim);
        }
        return new CurrentUser(username, displayName, profession, new TreeSet<>(identity.getRoles()));
    }

    /** The discipline in Danish, or the role for users without one, e.g. "sundhedsplejerske" or "myndighed". */
    public String function() {
        return profession.map(Profession::label).orElse(String.join(", ", roles));
    }
}
