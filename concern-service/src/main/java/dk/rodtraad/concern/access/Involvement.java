package dk.rodtraad.concern.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A professional involved with a child, and so allowed to see the child's data. */
@Entity
@Table(name = "child_involvement")
public class Involvement extends PanacheEntityBase {

    public enum Reason {
        /** Recorded a concern about the child. */
        RECORDED_CONCERN,
        /** Added by a professional who was involved already. */
        ADDED_BY_COLLEAGUE,
        /** Linked an anonymous consultation to the child. */
        CONSULTATION_LINKED,
        /** Notified the authority about the child (underretning). */
        NOTIFIED_AUTHORITY
    }

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public String username;

    /** The discipline's claim value; null only for professionals involved before disciplines were kept. */
    public String profession;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    static Uni<Involvement> find(UUID childId, String username) {
        return find("childId = ?1 and username = ?2", childId, username).firstResult();
    }

    static Uni<List<Involvement>> ofChild(UUID childId) {
        return list("childId = ?1 order by addedAt, username", childId);
    }
}
