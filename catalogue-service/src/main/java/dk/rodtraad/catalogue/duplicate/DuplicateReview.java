package dk.rodtraad.catalogue.duplicate;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The verdict on one pair of look-alike interventions, the pair kept in id order. */
@Entity
@Table(name = "duplicate_review")
public class DuplicateReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "first_id", nullable = false)
    public UUID firstId;

    @Column(name = "second_id", nullable = false)
    public UUID secondId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuplicateDecision decision;

    /** For a merged pair, the one of the two that continues; null for any other verdict. */
    @Column(name = "kept_id")
    public UUID keptId;

    public String note;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;
}
