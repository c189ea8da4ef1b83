package dk.rodtraad.chassis.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One use of a child's data: who, in which role and discipline, when, what, why, and the answer. Append-only for
 * the service (its login may only insert and read); kept at least 6 months ({@link AuditRetention}); a citizen may
 * learn the dates and purposes of the look-ups on them.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    public enum Action { READ, WRITE, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(nullable = false, updatable = false)
    public String username;

    @Column(nullable = false, updatable = false)
    public String roles;

    /** The token's {@code profession} claim (e.g. {@code sundhedsplejerske}), null for a user without one. */
    @Column(updatable = false)
    public String discipline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;

    @Column(nullable = false, updatable = false)
    public String what;

    @Column(name = "child_id", updatable = false)
    public UUID childId;

    /** Why: always a fixed Danish phrase from the code, never text a user typed. */
    @Column(nullable = false, updatable = false)
    public String purpose;

    /** The HTTP status the use was answered with: 200 for a read or write, 400/403/404 for a refusal. */
    @Column(updatable = false)
    public Integer status;

    /** The colleague a change concerned (e.g. who was involved), by username; kept here, never sent in an event. */
    @Column(updatable = false)
    public String concerning;
}
