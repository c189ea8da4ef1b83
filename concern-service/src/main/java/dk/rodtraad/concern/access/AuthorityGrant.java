package dk.rodtraad.concern.access;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The authority unit may see a child because a professional notified it about the child (an underretning). */
@Entity
@Table(name = "authority_child_access")
public class AuthorityGrant extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;

    static Uni<Boolean> existsFor(UUID childId) {
        return count("childId", childId).map(count -> count > 0);
    }
}
