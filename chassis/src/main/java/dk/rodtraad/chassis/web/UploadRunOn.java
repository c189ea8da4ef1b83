package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.ProblemMappers;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The upload parser's failure after its request was answered: Quarkus REST's multipart parser reads on after it has
 * refused a body of too many parts (answered 413 by {@link RefusalMappers}, with one WARN line), fails on its own
 * state as more of the body arrives ({@code ArrayIndexOutOfBoundsException} in {@code MultipartParser}), and Quarkus's
 * error handler logged that as an ERROR with a stack trace and an error id: an alarm for every such upload, about a
 * request that had had its answer. A failure of the parser on a request already answered is logged at DEBUG here; any
 * other failure goes on to the next handler as before.
 */
@ApplicationScoped
public class UploadRunOn {

    private static final Logger LOG = Logger.getLogger(UploadRunOn.class);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.response().ended() && context.failure() != null
                && ProblemMappers.isFromTheUploadParser(context.failure())) {
            LOG.debugf(context.failure(), "The upload parser read on after %s %s had been answered",
                    context.request().method(), context.request().path());
        } else {
            context.next();
        }
    }
}
