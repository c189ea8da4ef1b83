package dk.rodtraad.catalogue.results;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The latest results of one intervention from followup-service's evaluation, as the event carried them
 * ({@code InterventionResultsV1} as JSON): this service shows them and computes nothing from them.
 */
@Entity
@Table(name = "intervention_results")
public class InterventionResults extends PanacheEntityBase {

    @Id
    @Column(name = "intervention_id")
    public UUID interventionId;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    /** The event's payload, as received. */
    @Column(nullable = false)
    public String results;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
