package dk.rodtraad.concern.child;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * A child known to concern-service. The id is the child's pseudonymous id, the only identity that leaves this
 * service; the CPR number and the name never do.
 */
@Entity
@Table(name = "child")
public class Child extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String cpr;

    @Column(nullable = false)
    public String name;

    public static Uni<Child> findByCpr(String cpr) {
        return find("cpr", cpr).firstResult();
    }
}
