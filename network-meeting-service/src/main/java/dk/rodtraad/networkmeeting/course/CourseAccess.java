package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.access.ChildGuard;
import dk.rodtraad.chassis.access.NoSuchChildException;
import dk.rodtraad.chassis.problem.Conflict;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The one way to a course: it is the child's data, so the user must be one who may see the child ({@link ChildGuard},
 * ADR 0006). A course that does not exist is answered as one the user may not see, so not even its existence leaks.
 */
@ApplicationScoped
public class CourseAccess {

    private final ChildGuard guard;

    public CourseAccess(ChildGuard guard) {
        this.guard = guard;
    }

    /**
     * @param what what is asked for, as the audit log names it ({@code course}, {@code meeting}, …)
     * @throws NoSuchChildException (as the Uni's failure) when there is no such course or the user may not see its child
     */
    public Uni<Course> seen(UUID courseId, String what) {
        return Course.<Course>findById(courseId).chain(course -> course == null
                ? Uni.createFrom().failure(new NoSuchChildException())
                : guard.requireMaySee(course.childId, what).replaceWith(course));
    }

    /** As {@link #seen}, for a change: a closed course changes no more. */
    public Uni<Course> open(UUID courseId, String what) {
        return seen(courseId, what).invoke(course -> {
            if (!course.isOpen()) {
                throw new Conflict("Forløbet er lukket");
            }
        });
    }
}
