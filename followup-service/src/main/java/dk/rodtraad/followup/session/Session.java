package dk.rodtraad.followup.session;

import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.Trend;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of a plan (a meeting of professional and family) on one date, numbered in the plan's order, with the
 * colour and trend FIT gave the plan after it and the expectation rule that was used: what the timeline said then.
 */
@Entity
@Table(name = "session")
public class Session extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    /** 1 for the first session (the intake). */
    @Column(nullable = false)
    public int number;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FitColour colour;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trend trend;

    @Enumerated(EnumType.STRING)
    @Column(name = "expectation_rule", nullable = false)
    public ExpectationSource expectationRule;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
