package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.access.NoSuchChildException;
import dk.rodtraad.chassis.problem.Conflict;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * The one way to a plan: it is the child's data, so the user must be one who may see the child ({@link ChildGuard},
 * ADR 0006). A plan that does not exist is answered as one the user may not see, so not even its existence leaks.
 */
@ApplicationScoped
public class PlanAccess {

    private final ChildGuard guard;

    public PlanAccess(ChildGuard guard) {
        this.guard = guard;
    }

    /**
     * @param what what is asked for, as the audit log names it ({@code plan}, {@code session}, {@code alert})
     * @throws NoSuchChildException (as the Uni's failure) when there is no such plan or the user may not see its child
     */
    public Uni<Plan> seen(UUID planId, String what) {
        return Plan.<Plan>findById(planId).chain(plan -> plan == null
                ? Uni.createFrom().failure(new NoSuchChildException())
                : guard.requireMaySee(plan.childId, what).replaceWith(plan));
    }

    /**
     * As {@link #seen}, for adding to an active plan (a goal, a session): the plan's row is locked until the
     * transaction ends, so two additions at once are numbered one after the other. An ended plan takes nothing new.
     */
    public Uni<Plan> active(UUID planId, String what) {
        return seen(planId, what)
                .call(plan -> Panache.getSession().chain(session -> session.lock(plan, LockModeType.PESSIMISTIC_WRITE)))
                .invoke(plan -> {
                    if (!plan.isActive()) {
                        throw new Conflict("Indsatsplanen er afsluttet");
                    }
                });
    }
}
