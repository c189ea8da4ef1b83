package dk.rodtraad.chassis.problem;

import java.util.stream.Stream;

/**
 * A failure and the causes beneath it, outermost first: what a failure means (the database away, a unique constraint
 * met) is often a cause several wrappers deep (Hibernate's, Mutiny's, Vert.x's), so it is looked for in all of them.
 */
public final class Causes {

    /** The failure, then its cause, and so on; ends at a cause that names itself or none. */
    public static Stream<Throwable> of(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null,
                cause -> cause.getCause() == cause ? null : cause.getCause());
    }

    private Causes() {
    }
}
