package dk.rodtraad.chassis.catalogue;

import dk.rodtraad.contracts.catalogue.InterventionV1;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An intervention of the catalogue as its newest event described it, in this service's copy
 * ({@code intervention_copy}, Flyway location {@code db/catalogue}). Written only by {@link InterventionReplica};
 * read through {@link PublishedInterventions}.
 */
@Entity
@Table(name = "intervention_copy")
public class InterventionCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    /** The catalogue's count of saved steps: an event with a lower one is older than this copy. */
    @Column(nullable = false)
    public int revision;

    /** The catalogue's status code: {@code offentliggjort}, {@code pause} or {@code udgaaet}. */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String name;

    /** The catalogue's type code, e.g. {@code civilsamfund} for an effort of civil society. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public int step;

    @Column(name = "age_from_years", nullable = false)
    public int ageFromYears;

    @Column(name = "age_to_years", nullable = false)
    public int ageToYears;

    @Column(name = "waiting_weeks", nullable = false)
    public int waitingWeeks;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    void copy(InterventionV1 event) {
        id = event.interventionId();
        code = event.code();
        revision = event.revision();
        status = event.status();
        name = event.name();
        type = event.type();
        department = event.department();
        step = event.step();
        ageFromYears = event.ageFromYears();
        ageToYears = event.ageToYears();
        waitingWeeks = event.waitingWeeks();
        changedAt = event.changedAt();
    }
}
