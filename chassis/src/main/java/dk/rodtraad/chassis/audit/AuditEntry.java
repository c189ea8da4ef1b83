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
 * One use of a child's data: who, in which role, when, what, why. Kept at least 6 months; a citizen may learn the
 * dates and purposes of the look-ups on them.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    public enum Action { READ, WRITE, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(nullable = false)
    public String what;

    @Column(name = "child_id")
    public UUID childId;

    @Column(nullable = false)
    public String purpose;
}
