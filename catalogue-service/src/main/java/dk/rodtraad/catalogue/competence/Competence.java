package dk.rodtraad.catalogue.competence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** That a unit of the municipality has staff who master a method, e.g. three PMTO therapists in Familiecentret. */
@Entity
@Table(name = "competence")
public class Competence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String method;

    @Column(nullable = false)
    public String unit;

    /** How many of the unit's staff are trained or certified in it. */
    @Column(name = "staff_count", nullable = false)
    public int staffCount;

    @Column(nullable = false)
    public String contact;

    public static Competence of(CompetenceEntry entry) {
        var competence = new Competence();
        competence.id = UUID.randomUUID();
        competence.method = entry.method();
        competence.unit = entry.unit();
        competence.staffCount = entry.staffCount();
        competence.contact = entry.contact();
        return competence;
    }

    public CompetenceEntry entry() {
        return new CompetenceEntry(method, unit, staffCount, contact);
    }
}
