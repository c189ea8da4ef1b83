package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.problem.NotPermitted;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Profession;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The professional making the request, with the discipline from the token's {@code profession} claim. */
@ApplicationScoped
public class LoggedInProfessional {

    private final SecurityIdentity identity;

    public LoggedInProfessional(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * @throws ForbiddenException when the token names no known discipline: which disciplines work on a child's case
     *                            decides whether it needs a tovholder, so a concern cannot be recorded without one
     */
    public Professional withDiscipline() {
        String claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("profession") : null;
        if (claim == null || Profession.ofClaim(claim).isEmpty()) {
            throw new NotPermitted("Din bruger har ingen faglighed. Kontakt din IT-administrator.");
        }
        return new Professional(username(), claim);
    }

    /** The district and unit the professional works in, for the events that tell analysts where (docs/analytics.md). */
    public Workplace workplace() {
        return Workplace.of(CurrentUser.of(identity));
    }
}
