package dk.rodtraad.chassis.access;

import dk.rodtraad.chassis.security.Roles;
import io.quarkus.arc.DefaultBean;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Every service's rule, except concern-service's own: decided from this service's replica of concern-service's
 * grants alone, never by asking concern-service. A professional (role fagperson) sees a child they were granted;
 * the authority (role myndighed) a child it was granted as a whole; nobody else sees any child. While the replica
 * lags, the answer is "no": the safe side.
 */
@DefaultBean
@ApplicationScoped
public class ReplicatedChildAccess implements ChildAccessRule {

    private final SecurityIdentity identity;

    public ReplicatedChildAccess(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Uni<Boolean> maySee(UUID childId) {
        Uni<Boolean> asProfessional = identity.hasRole(Roles.FAGPERSON)
                ? ChildAccessGrant.exists(childId, ChildAccessGrant.FAGPERSON, identity.getPrincipal().getName())
                : Uni.createFrom().item(false);
        return asProfessional.chain(seen -> seen || !identity.hasRole(Roles.MYNDIGHED)
                ? Uni.createFrom().item(seen)
                : ChildAccessGrant.exists(childId, ChildAccessGrant.MYNDIGHED, null));
    }
}
