package dk.rodtraad.concern.recording;

import dk.rodtraad.concern.child.Child;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A concern (bekymring) a professional recorded about a child. */
@Entity
@Table(name = "concern")
public class Concern extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    public Child child;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConcernLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Setting setting;

    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;

    /** The professional's own words. Stays in this service: free text never travels on an event. */
    @Column(nullable = false)
    public String observation;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
