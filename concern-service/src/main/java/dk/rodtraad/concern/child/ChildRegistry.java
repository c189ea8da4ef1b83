package dk.rodtraad.concern.child;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.concern.access.ChildAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/**
 * Finds the child a request names: a known child by id or CPR number, or registers it with a new pseudonymous id.
 * By id only a professional involved with the child finds it; whoever knows the CPR number may raise a concern.
 */
@ApplicationScoped
public class ChildRegistry {

    private final ChildAccess access;

    public ChildRegistry(ChildAccess access) {
        this.access = access;
    }

    /**
     * Call inside the caller's transaction, with an identity Bean Validation has passed.
     *
     * @param field the request field the identity came in, for the error on an unknown id
     */
    public Uni<Child> identify(String field, ChildIdentity identity) {
        if (identity.id() != null) {
            // The same answer for a child that does not exist and one the user is not involved with.
            return access.requireInvolved(identity.id())
                    .onFailure(NotFoundException.class)
                    .transform(e -> new InvalidInputException(field + ".id", ChildAccess.NO_SUCH_CHILD))
                    .chain(() -> Child.<Child>findById(identity.id()));
        }
        var cpr = CprNumber.parse(identity.cpr());
        return Child.findByCpr(cpr).chain(known -> {
            if (known == null) {
                return register(cpr, identity.name().strip());
            }
            if (known.birthDate == null) {
                // Registered before the birth date was kept.
                known.birthDate = cpr.birthDate();
            }
            return Uni.createFrom().item(known);
        });
    }

    private static Uni<Child> register(CprNumber cpr, String name) {
        var child = new Child();
        child.id = UUID.randomUUID();
        child.cpr = cpr.formatted();
        child.birthDate = cpr.birthDate();
        child.name = name;
        return child.persist();
    }
}
