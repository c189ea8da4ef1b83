package dk.rodtraad.concern.access;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A professional on a child's case team (sagsteam), and so allowed to see the child's data, with the basis of their
 * joining. Leaving keeps the row, with when and why ({@code fjernet}, {@code sag-lukket}); only a row without
 * {@link #leftAt} gives access.
 */
@Entity
@Table(name = "case_team_member")
public class CaseTeamMember extends PanacheEntityBase {

    public enum Reason {
        /** Recorded a concern before the case team (migrated). */
        RECORDED_CONCERN,
        /** Added by a professional who was involved already, before the case team (migrated). */
        ADDED_BY_COLLEAGUE,
        /** Linked an anonymous consultation, before the case team (migrated). */
        CONSULTATION_LINKED,
        /** Notified the authority, before the case team (migrated). */
        NOTIFIED_AUTHORITY,
        /** Recorded the first concern or linked the first consultation about a child without a case team. */
        STARTED_CASE,
        /** Added by a member. */
        ADDED_BY_MEMBER,
        /** Asked to join; the tovholder (or, while none, a member) accepted. */
        REQUEST_ACCEPTED
    }

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public String username;

    /** The discipline's claim value from Keycloak; null only for members from before disciplines were kept. */
    public String profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    /** {@code sagsopretter}, {@code samtykke}, or a ground the municipality lists ({@link Grounds}). */
    @Column(nullable = false)
    public String basis;

    /** Null unless the basis is {@code samtykke}. */
    @Embedded
    public Consent consent;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "left_by")
    public String leftBy;

    @Column(name = "left_reason")
    public String leftReason;

    static Uni<CaseTeamMember> active(UUID childId, String username) {
        return find("childId = ?1 and username = ?2 and leftAt is null", childId, username).firstResult();
    }

    /** Who is on the child's open case team, by username: one query tells both whether there is a team and who. */
    static Uni<List<String>> activeUsernames(UUID childId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select username from CaseTeamMember where childId = :child and leftAt is null", String.class)
                .setParameter("child", childId)
                .getResultList());
    }

    static Uni<List<CaseTeamMember>> activeOf(UUID childId) {
        return list("childId = ?1 and leftAt is null order by addedAt, username", childId);
    }
}
