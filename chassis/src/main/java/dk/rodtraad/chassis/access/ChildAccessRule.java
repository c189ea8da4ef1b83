package dk.rodtraad.chassis.access;

import io.smallrye.mutiny.Uni;

import java.util.UUID;

/**
 * Whether the logged-in user may see a child's data (ADR 0006). Every service has exactly one: the replica of
 * concern-service's decisions ({@link ReplicatedChildAccess}, the default), or concern-service's own rule from the
 * case team. There is no rule that opens every child to every professional.
 * <p>
 * Ask through {@link ChildGuard}, which logs a refusal and answers the one 404; call inside a reactive session.
 */
public interface ChildAccessRule {

    /** Whether the logged-in user may see this child's data; for an unknown child, false. */
    Uni<Boolean> maySee(UUID childId);
}
