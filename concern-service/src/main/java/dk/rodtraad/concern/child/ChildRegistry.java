package dk.rodtraad.concern.child;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Finds a child by CPR number, or registers it with a new pseudonymous id. */
@ApplicationScoped
public class ChildRegistry {

    /** Call inside the caller's transaction. */
    public Uni<Child> findOrRegister(String cpr, String name) {
        return Child.findByCpr(cpr).chain(known -> known != null ? Uni.createFrom().item(known) : register(cpr, name));
    }

    private static Uni<Child> register(String cpr, String name) {
        var child = new Child();
        child.id = UUID.randomUUID();
        child.cpr = cpr;
        child.name = name;
        return child.persist();
    }
}
