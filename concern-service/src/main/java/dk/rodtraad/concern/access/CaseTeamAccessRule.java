package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.access.ChildAccessRule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * concern-service decides who may see a child itself (ADR 0006): the chassis's {@code ChildGuard} (the timeline,
 * ...) asks {@link ChildAccess}, not a replica. concern-service does not enable the chassis's replica.
 */
@ApplicationScoped
public class CaseTeamAccessRule implements ChildAccessRule {

    private final ChildAccess access;

    public CaseTeamAccessRule(ChildAccess access) {
        this.access = access;
    }

    @Override
    public Uni<Boolean> maySee(UUID childId) {
        return access.maySee(childId);
    }
}
