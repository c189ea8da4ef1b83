package dk.rodtraad.concern.child;

import dk.rodtraad.chassis.problem.InvalidInputException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Finds the child a request names: a known child by id or CPR number, or registers it with a new pseudonymous id. */
@ApplicationScoped
public class ChildRegistry {

    static final String UNKNOWN_CHILD = "Barnet findes ikke";

    /**
     * Call inside the caller's transaction, with an identity Bean Validation has passed.
     *
     * @param field the request field the identity came in, for the error on an unknown id
     */
    public Uni<Child> identify(String field, ChildIdentity identity) {
        if (identity.id() != null) {
            return Child.<Child>findById(identity.id()).onItem().ifNull()
                    .failWith(() -> new InvalidInputException(field + ".id", UNKNOWN_CHILD));
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
