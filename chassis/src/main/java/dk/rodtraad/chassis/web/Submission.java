package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Validator;
import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.function.Function;

/**
 * How every page answers a submitted form. The request is judged by the same rules as the API: Bean Validation
 * first, then the service's own. When anything is wrong nothing is stored and the form comes back with each message
 * beside its field. A change the service refuses because of what others did first (someone changed the data since
 * the page was shown, or the step was already taken) comes back with the reason, so the user sees what is there now
 * and can decide again. What is stored leads on to the next page (post/redirect/get).
 */
public final class Submission {

    /** Shows the form again: with its errors, or with why it was refused (else null), under the status given. */
    @FunctionalInterface
    public interface Again {
        Uni<RestResponse<TemplateInstance>> show(FormErrors errors, String conflict, RestResponse.Status status);
    }

    /**
     * @param errors what reading the form found already (a code or date that cannot be read)
     * @param store  stores the request and names the page to go on to
     * @param stale  what to say when someone changed the data first; null for a form that only adds, which no one
     *               can have changed first, so any refusal is the error page's
     */
    public static <R> Uni<RestResponse<TemplateInstance>> submit(Validator validator, FormErrors errors, R request,
            Function<R, Uni<URI>> store, String stale, Again again) {
        errors.addViolations(validator.validate(request));
        if (!errors.isEmpty()) {
            return again.show(errors, null, RestResponse.Status.BAD_REQUEST);
        }
        return store.apply(request).map(RestResponse::<TemplateInstance>seeOther)
                .onFailure(InvalidInputException.class).recoverWithUni(e -> {
                    errors.addAll(((InvalidInputException) e).errors());
                    return again.show(errors, null, RestResponse.Status.BAD_REQUEST);
                })
                .onFailure(e -> stale != null && refusedByOthers(e)).recoverWithUni(e -> again.show(errors,
                        stale(e) ? stale : e.getMessage(), RestResponse.Status.CONFLICT));
    }

    /**
     * The {@link IdempotencyKey} a form that adds was sent with (its hidden {@link IdempotencyKey#FORM_FIELD}), read as
     * the first step of storing it, so that a malformed one comes back on the form like any other error.
     */
    public static Uni<IdempotencyKey> key(String sending) {
        return Uni.createFrom().item(() -> IdempotencyKey.parse(IdempotencyKey.FORM_FIELD, sending));
    }

    private static boolean refusedByOthers(Throwable failure) {
        return stale(failure) || failure instanceof Conflict;
    }

    private static boolean stale(Throwable failure) {
        return failure instanceof OptimisticLockException || failure instanceof StaleObjectStateException;
    }

    private Submission() {
    }
}
