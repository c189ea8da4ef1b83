package dk.rodtraad.chassis.persistence;

import dk.rodtraad.chassis.outbox.OutboxEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.hql.HqlTranslator;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.tree.SqmStatement;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class HqlWarmUpTest {

    /** A parser that must not be asked: the query is to come from the cache. */
    private static final HqlTranslator NOT_AGAIN = new HqlTranslator() {
        @Override
        public <R> SqmStatement<R> translate(String hql, Class<R> expectedResultType) {
            throw new AssertionError("parsed again when it ran: " + hql);
        }
    };

    @Inject
    HqlWarmUp warmUp;

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void aQueryParsedAheadIsNotParsedAgainWhenItRuns() {
        String parsedAhead = aQueryNoOneHasRun();
        warmUp.parse(Map.of(parsedAhead, OutboxEvent.class));

        assertNotNull(cache().resolveHqlInterpretation(parsedAhead, OutboxEvent.class, NOT_AGAIN));
        assertThrows(AssertionError.class,
                () -> cache().resolveHqlInterpretation(aQueryNoOneHasRun(), OutboxEvent.class, NOT_AGAIN),
                "a query not parsed ahead is parsed when it runs");
    }

    private static String aQueryNoOneHasRun() {
        return "from OutboxEvent where topic = '" + UUID.randomUUID() + "'";
    }

    /** The cache a session's queries are looked up in when they run. */
    private QueryInterpretationCache cache() {
        return sessions.getCache().getSessionFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache();
    }
}
