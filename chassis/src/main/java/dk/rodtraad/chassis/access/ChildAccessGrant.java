package dk.rodtraad.chassis.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of this service's replica of who may see which child ({@code child_access}): a professional on the
 * child's case team, or the authority unit notified of the child. Written only by {@link ChildAccessProjector}.
 */
@Entity
@Table(name = "child_access")
public class ChildAccessGrant extends PanacheEntityBase {

    public static final String FAGPERSON = "fagperson";
    public static final String MYNDIGHED = "myndighed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    /** {@link #FAGPERSON} or {@link #MYNDIGHED}. */
    @Column(nullable = false)
    public String audience;

    /** The professional's Keycloak username; null for the authority unit. */
    public String username;

    public String discipline;

    @Column(nullable = false)
    public String basis;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    /** The grant for this child, audience and username (null for the authority), or null. */
    public static Uni<ChildAccessGrant> find(UUID childId, String audience, String username) {
        return username == null
                ? find("childId = ?1 and audience = ?2 and username is null", childId, audience).firstResult()
                : find("childId = ?1 and audience = ?2 and username = ?3", childId, audience, username).firstResult();
    }

    public static Uni<Boolean> exists(UUID childId, String audience, String username) {
        return find(childId, audience, username).map(grant -> grant != null);
    }

    /** Ends a professional's access; the authority's statutory access is never revoked this way. */
    public static Uni<Long> revoke(UUID childId, String username) {
        return delete("childId = ?1 and audience = ?2 and username = ?3", childId, FAGPERSON, username);
    }
}
