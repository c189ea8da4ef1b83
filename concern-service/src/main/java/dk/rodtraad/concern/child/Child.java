package dk.rodtraad.concern.child;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child known to concern-service. The id is the child's pseudonymous id, the only identity that leaves this
 * service; the CPR number, the name and the birth date never do.
 */
@Entity
@Table(name = "child")
public class Child extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Normalised as "DDMMYY-SSSS" ({@link CprNumber#formatted()}), so one child is found however it was typed. */
    @Column(nullable = false, unique = true)
    public String cpr;

    @Column(nullable = false)
    public String name;

    /** From the CPR number, for age-adapted work (the child's own view, the signs for the child's age). */
    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** The birth date, from its CPR number for a child registered before the birth date was kept. */
    public LocalDate bornOn() {
        return birthDate != null ? birthDate : CprNumber.parse(cpr).birthDate();
    }

    public static Uni<Child> findByCpr(CprNumber cpr) {
        return find("cpr", cpr.formatted()).firstResult();
    }
}
