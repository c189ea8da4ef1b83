package dk.rodtraad.followup.plan;

import dk.rodtraad.followup.fit.ChildAge;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * An intervention plan (indsatsplan) for one child: the intervention, the responsible professional on the case team,
 * the start date, the review dates ({@link PlanReview}), the goals ({@link Goal}) and, at the end, the reason. FIT is
 * scored at each of its sessions (the session feature).
 */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Two professionals may change the plan at once: the second, stale change is refused. */
    @Version
    public long version;

    /** The child's pseudonymous id, as concern-service and every event know it. */
    @Column(name = "child_id", nullable = false)
    public UUID childId;

    /** The catalogue's intervention (published when the plan started); null for a local effort. */
    @Column(name = "intervention_id")
    public UUID interventionId;

    /** A local effort, described in a few words, when the catalogue has none that fits: free text, never sent. */
    @Column(name = "local_effort")
    public String localEffort;

    @Column(name = "responsible_username", nullable = false)
    public String responsibleUsername;

    /** The responsible professional's discipline, as Keycloak's {@code profession} claim names it. */
    @Column(name = "responsible_discipline", nullable = false)
    public String responsibleDiscipline;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /**
     * The child's birth month, stored as its first day: this service holds no CPR number, and the FIT form follows the
     * child's age at each session ({@link ChildAge}).
     */
    @Column(name = "birth_month", nullable = false)
    public LocalDate birthMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public PlanEndReason endReason;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    public boolean isActive() {
        return status == PlanStatus.AKTIV;
    }

    public YearMonth birthYearMonth() {
        return YearMonth.from(birthMonth);
    }

    /** The child's age in whole years on the day. */
    public int childAgeOn(LocalDate day) {
        return ChildAge.yearsAt(birthYearMonth(), day);
    }
}
