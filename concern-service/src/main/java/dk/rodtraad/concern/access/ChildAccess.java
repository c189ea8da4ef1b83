package dk.rodtraad.concern.access;

import dk.rodtraad.concern.StoredTime;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may see a child: the professionals involved with it, and the authority unit (role myndighed) once a
 * professional has notified it about the child: an underretning is what gives the authority a case, so without one
 * it has no business with the child. Everyone else is told the child does not exist (404, not 403), so not even the
 * child's existence leaks. Call inside the caller's session or transaction.
 */
@ApplicationScoped
public class ChildAccess {

    public static final String NO_SUCH_CHILD = "Barnet findes ikke";

    private final LoggedInProfessional loggedIn;

    public ChildAccess(LoggedInProfessional loggedIn) {
        this.loggedIn = loggedIn;
    }

    /** @throws NotFoundException unless the logged-in user is involved with the child */
    public Uni<Void> requireInvolved(UUID childId) {
        return isInvolved(childId, loggedIn.username()).invoke(involved -> {
            if (!involved) {
                throw new NotFoundException(NO_SUCH_CHILD);
            }
        }).replaceWithVoid();
    }

    /** @throws NotFoundException unless the logged-in user may read the child's data ({@link #maySee}) */
    public Uni<Void> requireMaySee(UUID childId) {
        return maySee(childId).invoke(maySee -> {
            if (!maySee) {
                throw new NotFoundException(NO_SUCH_CHILD);
            }
        }).replaceWithVoid();
    }

    /** Whether the logged-in user may read the child's data: involved with it, or the authority notified of it. */
    public Uni<Boolean> maySee(UUID childId) {
        return isInvolved(childId, loggedIn.username()).chain(involved -> involved || !loggedIn.hasRole(Roles.MYNDIGHED)
                ? Uni.createFrom().item(involved) : AuthorityGrant.existsFor(childId));
    }

    /** The authority unit may see the child from now on, because of this notification. */
    public Uni<Void> grantAuthority(UUID childId, UUID notificationId, Instant grantedAt) {
        var grant = new AuthorityGrant();
        grant.notificationId = notificationId;
        grant.childId = childId;
        grant.grantedAt = grantedAt;
        return grant.persist().replaceWithVoid();
    }

    public Uni<Boolean> isInvolved(UUID childId, String username) {
        return Involvement.find(childId, username).map(found -> found != null);
    }

    /** The professional's discipline on this child's case, if they are involved and it is known. */
    public Uni<Optional<String>> professionOf(UUID childId, String username) {
        return Involvement.find(childId, username)
                .map(found -> Optional.ofNullable(found).map(involvement -> involvement.profession));
    }

    public Uni<List<Professional>> involvedWith(UUID childId) {
        return Involvement.ofChild(childId).map(all -> all.stream()
                .map(involvement -> new Professional(involvement.username, involvement.profession)).toList());
    }

    /**
     * Involves the professional with the child; an involvement already there stays as it was, except that a
     * discipline not known before is kept.
     *
     * @return true when the professional was not involved before
     */
    public Uni<Boolean> involve(UUID childId, Professional professional, Involvement.Reason reason) {
        return Involvement.find(childId, professional.username()).chain(known -> {
            if (known != null) {
                if (known.profession == null) {
                    known.profession = professional.profession();
                }
                return Uni.createFrom().item(false);
            }
            var involvement = new Involvement();
            involvement.id = UUID.randomUUID();
            involvement.childId = childId;
            involvement.username = professional.username();
            involvement.profession = professional.profession();
            involvement.reason = reason;
            involvement.addedBy = loggedIn.username();
            involvement.addedAt = StoredTime.now();
            return involvement.persist().replaceWith(true);
        });
    }
}
