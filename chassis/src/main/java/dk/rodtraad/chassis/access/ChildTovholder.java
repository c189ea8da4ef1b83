package dk.rodtraad.chassis.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of this service's replica of who each child's tovholder is ({@code child_tovholder}). Written only by
 * {@link ChildAccessProjector}; read through {@link Tovholders}.
 */
@Entity
@Table(name = "child_tovholder")
public class ChildTovholder extends PanacheEntityBase {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    /** The tovholder's Keycloak username. */
    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String discipline;

    /** When concern-service named the tovholder or handed them the task: an older event changes nothing. */
    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
