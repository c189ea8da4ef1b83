package dk.rodtraad.chassis.idempotency;

import dk.rodtraad.chassis.OnVertx;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.testkit.AtOnce;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What is made with an idempotency key is made once, against the real database. */
@QuarkusTest
class IdempotentRequestsTest {

    @Inject
    IdempotentRequests requests;

    /** What each call made: a fresh id each time {@code make} ran. */
    private final ConcurrentLinkedQueue<UUID> made = new ConcurrentLinkedQueue<>();

    @Test
    void theSameRequestSentAgainGetsWhatTheFirstMadeAndMakesNothing() throws Exception {
        var key = freshKey();
        UUID first = send("hanne", key, "concern 1", Duration.ZERO);
        UUID again = send("hanne", key, "concern 1", Duration.ZERO);
        assertEquals(first, again);
        assertEquals(List.of(first), List.copyOf(made));
    }

    @Test
    void withoutAKeyEverySendingMakesAnew() throws Exception {
        send("hanne", null, "concern 1", Duration.ZERO);
        send("hanne", null, "concern 1", Duration.ZERO);
        assertEquals(2, made.size());
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedOnItsField() throws Exception {
        var key = freshKey();
        send("hanne", key, "concern 1", Duration.ZERO);
        var refused = assertThrows(InvalidInputException.class, () -> send("hanne", key, "concern 2", Duration.ZERO));
        assertEquals(IdempotencyKey.HEADER, refused.errors().getFirst().field());
        assertEquals(IdempotencyKey.USED_BEFORE, refused.errors().getFirst().message());
        assertEquals(1, made.size());
    }

    @Test
    void aKeyIsEachUsersOwn() throws Exception {
        var key = freshKey();
        UUID hannes = send("hanne", key, "concern 1", Duration.ZERO);
        UUID lises = send("lise", key, "concern 1", Duration.ZERO);
        assertEquals(List.of(hannes, lises), List.copyOf(made));
    }

    @Test
    void aRequestThatFailedLeavesTheKeyFreeForTheRetry() throws Exception {
        var key = freshKey();
        assertThrows(IllegalStateException.class, () -> OnVertx.await(() ->
                Panache.withTransaction(() -> requests.once("hanne", key, "concern 1",
                        () -> Uni.createFrom().<UUID>failure(new IllegalStateException("the database went away")),
                        id -> id, Uni.createFrom()::item))));
        UUID retried = send("hanne", key, "concern 1", Duration.ZERO);
        assertEquals(List.of(retried), List.copyOf(made));
    }

    @Test
    void aRequestThatMadeNothingLeavesTheKeyFreeForWhenItCan() throws Exception {
        var key = freshKey();
        assertNull(OnVertx.await(() -> Panache.withTransaction(() -> requests.once("hanne", key,
                "concern 1", Uni.createFrom()::<UUID>nullItem, id -> id, Uni.createFrom()::item))));
        // Hanne has since been given access to the child: the same request with the key now makes it.
        UUID made = send("hanne", key, "concern 1", Duration.ZERO);
        assertEquals(List.of(made), List.copyOf(this.made));
    }

    @Test
    void sendingsAtOnceMakeItOnceAndAllGetIt() {
        var key = freshKey();
        // The first holds its transaction a while: the others wait for it at the key, then read what it made.
        List<Callable<UUID>> sendings = List.of(() -> send("hanne", key, "concern 1", Duration.ofMillis(300)),
                () -> send("hanne", key, "concern 1", Duration.ofMillis(300)),
                () -> send("hanne", key, "concern 1", Duration.ofMillis(300)));
        var answers = AtOnce.call(sendings);
        assertEquals(1, made.size(), "made once");
        assertEquals(List.of(made.peek(), made.peek(), made.peek()), answers);
    }

    @Test
    void keysSentBeforeTheCutOffAreForgotten() throws Exception {
        var old = freshKey();
        var lately = freshKey();
        send("hanne", old, "concern 1", Duration.ZERO);
        send("hanne", lately, "concern 1", Duration.ZERO);
        OnVertx.await(() -> Panache.withTransaction(() -> SentRequest.update(
                "sentAt = ?1 where idempotencyKey = ?2", Instant.now().minus(Duration.ofDays(2)), old.value())));

        OnVertx.await(() -> requests.forgetSentBefore(Instant.now().minus(Duration.ofDays(1))));

        send("hanne", old, "concern 1", Duration.ZERO);
        send("hanne", lately, "concern 1", Duration.ZERO);
        assertEquals(3, made.size(), "the old key made anew; the recent one did not");
    }

    private UUID send(String username, IdempotencyKey key, String request, Duration working) throws Exception {
        return OnVertx.await(() -> Panache.withTransaction(() -> requests.once(username, key, request,
                () -> madeAfter(working).invoke(made::add), id -> id, Uni.createFrom()::item)));
    }

    /** A fresh id, after the time the making takes: on the request's own Vert.x context, as the session wants. */
    private static Uni<UUID> madeAfter(Duration working) {
        return working.isZero() ? Uni.createFrom().item(UUID::randomUUID)
                : Uni.createFrom().emitter(made -> Vertx.currentContext().owner()
                        .setTimer(working.toMillis(), timer -> made.complete(UUID.randomUUID())));
    }

    private static IdempotencyKey freshKey() {
        return IdempotencyKey.parse(IdempotencyKey.HEADER, IdempotencyKey.fresh());
    }
}
