package dk.rodtraad.chassis.idempotency;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.time.StoredTime;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes what a request asks for once per user and {@link IdempotencyKey}: the same request sent again (an API
 * client's retry after a lost answer, a form sent twice by a browser without our script) is answered with what the
 * first made. The key is taken in the caller's transaction, before the work: a second request with the key waits
 * for the first's transaction, and then either finds what it made (committed) or takes the key itself (rolled back,
 * nothing made). A key is remembered for a day ({@code rodtraad.idempotency.keep}); one sent again later makes anew.
 */
@ApplicationScoped
public class IdempotentRequests {

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);

    private final Duration keep;
    private final StoredTime time;

    public IdempotentRequests(@ConfigProperty(name = "rodtraad.idempotency.keep", defaultValue = "P1D") Duration keep,
            StoredTime time) {
        this.keep = keep;
        this.time = time;
    }

    /**
     * Call inside the transaction that makes it.
     *
     * @param key     null to make it without a key, as often as it is asked
     * @param request what is asked, with whatever else names it (the path's ids): its {@code toString} is digested,
     *                so the same key with another request is refused rather than answered with the wrong thing
     * @param make    makes it; may give null (nothing made, e.g. a concern the user may not see), which leaves the
     *                key free as a failure does: sent again once the user may see it, it makes it
     * @param idOf    the id of what {@code make} made
     * @param replay  the answer again, from that id, for the request sent again
     */
    public <T> Uni<T> once(String username, IdempotencyKey key, Object request, Supplier<Uni<T>> make,
            Function<T, UUID> idOf, Function<UUID, Uni<T>> replay) {
        if (key == null) {
            return make.get();
        }
        String digest = digest(request.toString());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into sent_request (username, idempotency_key, request_digest, sent_at)
                        values (:username, :key, :digest, :sentAt) on conflict do nothing""")
                        .setParameter("username", username)
                        .setParameter("key", key.value())
                        .setParameter("digest", digest)
                        .setParameter("sentAt", time.now())
                        .executeUpdate())
                .chain(taken -> taken == 1
                        ? make.get().call(made -> made == null ? forget(username, key)
                                : remember(username, key, idOf.apply(made)))
                        : SentRequest.<SentRequest>findById(new SentRequest.Key(username, key.value()))
                                .chain(sent -> sent == null
                                        // Forgotten since the insert met it (the nightly cleanup): free again.
                                        ? once(username, key, request, make, idOf, replay)
                                        : answerAgain(sent, key, digest, replay)));
    }

    private static Uni<Long> forget(String username, IdempotencyKey key) {
        return SentRequest.delete("username = ?1 and idempotencyKey = ?2", username, key.value());
    }

    private static Uni<Integer> remember(String username, IdempotencyKey key, UUID made) {
        return SentRequest.update("madeId = ?1 where username = ?2 and idempotencyKey = ?3", made, username,
                key.value());
    }

    /** The first request's answer, for the same request sent again; another request under the key is refused. */
    private static <T> Uni<T> answerAgain(SentRequest sent, IdempotencyKey key, String digest,
            Function<UUID, Uni<T>> replay) {
        if (!sent.requestDigest.equals(digest)) {
            throw new InvalidInputException(key.field(), key.usedBefore());
        }
        return replay.apply(sent.madeId);
    }

    // Nightly, when nobody works; several instances may run it at once, as a delete is harmless twice.
    @Scheduled(cron = "${rodtraad.idempotency.cleanup-cron:0 40 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return forgetSentBefore(time.now().minus(keep))
                .invoke(deleted -> LOG.infof("Forgot %d idempotency keys sent more than %s ago", deleted, keep))
                .onFailure().invoke(e -> LOG.warnf("Idempotency keys will be forgotten tomorrow: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** @return how many keys were forgotten */
    public Uni<Long> forgetSentBefore(Instant cutoff) {
        return Panache.withTransaction(() -> SentRequest.delete("sentAt < ?1", cutoff));
    }

    private static String digest(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
