package dk.rodtraad.chassis;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Reactive work a test awaits on a Vert.x context, as Hibernate Reactive's session wants, its failure rethrown. */
public final class OnVertx {

    /** The work's item; its failure thrown as it was (a checked throwable that is no exception, wrapped). */
    public static <T> T await(Supplier<Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private OnVertx() {
    }
}
