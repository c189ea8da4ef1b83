package dk.rodtraad.concern.recording;

import dk.rodtraad.concern.child.Child;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern (bekymring) a professional recorded about a child, with its current {@link Assessment}; every
 * assessment, the first included, stays in {@link ConcernAssessment}.
 */
@Entity
@Table(name = "concern")
public class Concern extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Two professionals may reassess the same concern: the second, stale write is refused. */
    @Version
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "child_id")
    public Child child;

    /** The current assessment. */
    @Embedded
    public Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Setting setting;

    @Column(name = "observed_on", nullable = false)
    public LocalDate observedOn;

    /** The professional's own words. Stays in this service: free text never travels on an event. */
    @Column(nullable = false)
    public String observation;

    /** Why the municipality acts for a young adult (a code of {@code rodtraad.age.reasons}); null for a child. */
    @Column(name = "age_reason")
    public String ageReason;

    @Column(name = "parents_involved_on")
    public LocalDate parentsInvolvedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "parents_contact")
    public ParentContact parentsContact;

    @Column(name = "parents_involved_by")
    public String parentsInvolvedBy;

    @Column(name = "parents_perspective")
    public String parentsPerspective;

    @Column(name = "parents_not_involved_reason")
    public String parentsNotInvolvedReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_view_method")
    public ChildViewMethod childViewMethod;

    @Column(name = "child_view")
    public String childView;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
