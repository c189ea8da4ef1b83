package dk.rodtraad.concern.web;

import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.coordination.CaseCoordination;
import dk.rodtraad.concern.coordination.Coordination;
import dk.rodtraad.concern.recording.Concern;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Read-only look-ups the pages need and the services do not offer: a professional's own children and concerns, and
 * whether recording one more concern about a child will need a tovholder. Call inside a session.
 */
@ApplicationScoped
public class MyChildren {

    /** The children on whose case team the professional is, the one they joined last first. */
    public Uni<List<Child>> of(String username) {
        return Child.list("select c from Child c, CaseTeamMember m where m.childId = c.id and m.username = ?1"
                + " and m.leftAt is null order by m.addedAt desc, c.name, c.id", username);
    }

    /** The concerns the professional recorded, newest first, each with its child. */
    public Uni<List<Concern>> concernsRecordedBy(String username) {
        return Concern.list("from Concern c join fetch c.child where c.recordedBy = ?1 order by c.recordedAt desc, c.id",
                username);
    }

    /** The ids of the concerns about the child, newest first. */
    public Uni<List<UUID>> concernIdsOf(UUID childId) {
        return Concern.<Concern>list("child.id = ?1 order by recordedAt desc, id", childId)
                .map(concerns -> concerns.stream().map(concern -> concern.id).toList());
    }

    /**
     * True when a concern by this discipline would make the child's case cross-disciplinary without a tovholder, so
     * the form must ask for one ({@code TovholderRule}).
     *
     * @param discipline the recorder's discipline claim, if the token has one
     */
    public Uni<Boolean> needsTovholder(UUID childId, Optional<String> discipline) {
        if (discipline.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return Coordination.<Coordination>findById(childId).map(coordination -> {
            if (coordination == null || !coordination.open || coordination.tovholder != null
                    || coordination.disciplines.contains(discipline.get())) {
                return false;
            }
            // The rule's own definition of cross-disciplinary, applied to the case as it would become.
            return new CaseCoordination(Set.copyOf(coordination.disciplines), Optional.empty(), true)
                    .join(discipline.get()).crossDisciplinary();
        });
    }
}
