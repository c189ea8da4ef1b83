package dk.rodtraad.concern.child;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.access.LoggedInProfessional;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Finds the child a request names: a known child by id or CPR number, or registers it with a new pseudonymous id.
 * By id only a member of the child's case team, or a professional with records of their own about it, finds it. A
 * CPR number is always checked against the name given with it ({@link ChildNames}): knowing a CPR number alone
 * finds nothing, and it never grants access (ADR 0006).
 */
@ApplicationScoped
public class ChildRegistry {

    public static final String NAME_MISMATCH = "Navnet og CPR-nummeret passer ikke sammen";

    private final ChildAccess access;
    private final LoggedInProfessional loggedIn;
    private final AuditLog auditLog;

    public ChildRegistry(ChildAccess access, LoggedInProfessional loggedIn, AuditLog auditLog) {
        this.access = access;
        this.loggedIn = loggedIn;
        this.auditLog = auditLog;
    }

    /**
     * Call inside the caller's transaction, with an identity Bean Validation has passed.
     *
     * @param field the request field the identity came in, for the error on an unknown id or a name that is not the
     *              registered child's
     */
    public Uni<Child> identify(String field, ChildIdentity identity) {
        if (identity.id() != null) {
            UUID id = identity.id();
            String me = loggedIn.username();
            // The same answer for a child that does not exist and one the user has no business with.
            return access.isMember(id, me)
                    .chain(member -> member ? Uni.createFrom().item(true) : access.hasOwnRecords(id, me))
                    .call(known -> known ? Uni.createFrom().voidItem() : auditLog.refused(id, "child", 400))
                    .invoke(known -> {
                        if (!known) {
                            throw new InvalidInputException(field + ".id", ChildAccess.NO_SUCH_CHILD);
                        }
                    })
                    .chain(() -> Child.<Child>findById(id));
        }
        var cpr = CprNumber.parse(identity.cpr());
        return Child.findByCpr(cpr)
                .chain(known -> known != null ? Uni.createFrom().item(known) : register(cpr, identity.name().strip()))
                .chain(child -> namedRightly(child, cpr, field, identity.name()));
    }

    /** The child found by its CPR number, if the name given with the number is its name. */
    private Uni<Child> namedRightly(Child child, CprNumber cpr, String field, String name) {
        if (!ChildNames.match(child.name, name)) {
            // The answer tells that the number is known here; so the attempt is on the child's record of use.
            return auditLog.refused(child.id, "child", 400).chain(() -> Uni.createFrom().failure(
                    new InvalidInputException(field + ".name", NAME_MISMATCH)));
        }
        if (child.birthDate == null) {
            // Registered before the birth date was kept.
            child.birthDate = cpr.birthDate();
        }
        return Uni.createFrom().item(child);
    }

    /**
     * Registers the child, unless a request beside this one has just registered it: two professionals, or one form
     * sent twice, may name the same new child at once, and a second row would break the CPR number's uniqueness (a
     * 500 for the one that came second). The insert waits for the other's transaction; either way the child is then
     * read as registered, and its name checked like any known child's.
     */
    private static Uni<Child> register(CprNumber cpr, String name) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into child (id, cpr, name, birth_date) values (:id, :cpr, :name, :birthDate)
                        on conflict (cpr) do nothing""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("cpr", cpr.formatted())
                        .setParameter("name", name)
                        .setParameter("birthDate", cpr.birthDate())
                        .executeUpdate())
                .chain(() -> Child.findByCpr(cpr));
    }
}
