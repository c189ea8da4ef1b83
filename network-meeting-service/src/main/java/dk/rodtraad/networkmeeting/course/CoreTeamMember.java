package dk.rodtraad.networkmeeting.course;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A professional of a course's core team (kerneteam, Kontinuitet): usually two or three who stay the same through
 * all its meetings. A change keeps the row, with when and why, so continuity can be measured: from {@link #joinedAt}
 * to {@link #leftAt} the professional was on it. Changed only with a reason ({@link CoreTeamContinuity}).
 */
@Entity
@Table(name = "core_team_member")
public class CoreTeamMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "course_id", nullable = false)
    public UUID courseId;

    @Column(nullable = false)
    public String username;

    /** As Keycloak's {@code profession} claim names it. */
    @Column(nullable = false)
    public String discipline;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** Why they joined after the start; null for those named when the course started. */
    @Column(name = "joined_reason")
    public String joinedReason;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "left_reason")
    public String leftReason;

    @Column(name = "removed_by")
    public String removedBy;

    public boolean isActive() {
        return leftAt == null;
    }

    /** Every member the course's core team has had, first joined first. */
    public static Uni<List<CoreTeamMember>> of(UUID courseId) {
        return list("courseId = ?1 order by joinedAt, username", courseId);
    }

    /** The core team now. */
    public static Uni<List<CoreTeamMember>> active(UUID courseId) {
        return list("courseId = ?1 and leftAt is null order by joinedAt, username", courseId);
    }
}
