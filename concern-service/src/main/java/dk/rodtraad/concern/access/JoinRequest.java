package dk.rodtraad.concern.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A professional with records of their own about a child asks to join its case team; the tovholder decides. */
@Entity
@Table(name = "case_team_request")
public class JoinRequest extends PanacheEntityBase {

    public enum Status { PENDING, ACCEPTED, DECLINED }

    @Id
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(nullable = false)
    public String username;

    /** From Keycloak, as the requester's token carries it. */
    @Column(nullable = false)
    public String discipline;

    @Column(nullable = false)
    public String basis;

    /** Null unless the basis is {@code samtykke}. */
    @Embedded
    public Consent consent;

    public String message;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    Basis basisAsked() {
        var asked = Consent.orNone(consent);
        return new Basis(basis, asked.givenOn, asked.givenTo, asked.scope);
    }
}
