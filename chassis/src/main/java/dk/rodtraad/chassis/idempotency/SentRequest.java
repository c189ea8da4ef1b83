package dk.rodtraad.chassis.idempotency;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A request sent with an {@link IdempotencyKey}: by whom, a digest of what it asked, and what it made. */
@Entity
@Table(name = "sent_request")
@IdClass(SentRequest.Key.class)
public class SentRequest extends PanacheEntityBase {

    @Id
    public String username;

    @Id
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of what was asked, never the request itself (it may name a child). */
    @Column(name = "request_digest", nullable = false)
    public String requestDigest;

    /** What the request made; null when it made nothing (e.g. a concern the user may not see). */
    @Column(name = "made_id")
    public UUID madeId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public record Key(String username, String idempotencyKey) implements Serializable {
    }
}
