package dk.rodtraad.chassis.access;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The child's case team (sagsteam) as this service's replica of concern-service's grants knows it (ADR 0006): only a
 * professional on it may be contacted about a course, carry a course's or a plan's responsibility, or sit on a core
 * team, and the replica says their discipline. Network-meeting-service and followup-service both ask it.
 */
@ApplicationScoped
@IfBuildProperty(name = ChildAccessProjector.ENABLED, stringValue = "true")
public class CaseTeam {

    /** A professional on the case team, by username and discipline (the {@code profession} claim's code). */
    public record Member(String username, String discipline) {
    }

    /** Everyone on the child's case team, by username. Call in a session. */
    public Uni<List<Member>> of(UUID childId) {
        return ChildAccessGrant.<ChildAccessGrant>list("childId = ?1 and audience = ?2 order by username", childId,
                ChildAccessGrant.FAGPERSON).map(grants -> grants.stream()
                .map(grant -> new Member(grant.username, grant.discipline)).toList());
    }

    /** The professional's discipline when they are on the child's case team; empty otherwise. Call in a session. */
    public Uni<Optional<String>> disciplineOf(UUID childId, String username) {
        return ChildAccessGrant.find(childId, ChildAccessGrant.FAGPERSON, username)
                .map(grant -> Optional.ofNullable(grant).map(found -> found.discipline));
    }
}
