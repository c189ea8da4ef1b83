package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.timeline.TimelineAccess;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * In concern-service, where the child has a name, a child's timeline is read only by those who may see the child:
 * the professionals involved with it, and the authority once the child is notified to it.
 */
@ApplicationScoped
public class InvolvedTimelineAccess implements TimelineAccess {

    private final ChildAccess access;

    public InvolvedTimelineAccess(ChildAccess access) {
        this.access = access;
    }

    @Override
    public Uni<Boolean> maySee(UUID childId) {
        return access.maySee(childId);
    }
}
