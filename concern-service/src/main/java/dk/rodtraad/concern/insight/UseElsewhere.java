package dk.rodtraad.concern.insight;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A use of a child's data in another service, as its {@code child-data-used.v1} event told it. */
@Entity
@Table(name = "audit_elsewhere")
public class UseElsewhere extends PanacheEntityBase {

    /** The event's id: the same use is kept once. */
    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String service;

    /** {@code READ}, {@code WRITE} or {@code REFUSED} */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String what;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public String role;

    public String discipline;

    @Column(nullable = false)
    public int status;
}
