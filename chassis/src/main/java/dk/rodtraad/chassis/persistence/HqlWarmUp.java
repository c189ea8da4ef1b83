package dk.rodtraad.chassis.persistence;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryEngine;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Parses queries ahead of their first run, into the cache Hibernate reads them from when they run. A service's first
 * query loads and warms Hibernate's HQL parser (ANTLR) and query model: on the event loop, where a query runs, that
 * blocked the loop 2.5–3.6 s at every start of the local stack (docs/performance.md, "The first query").
 */
@ApplicationScoped
public class HqlWarmUp {

    private static final Logger LOG = Logger.getLogger(HqlWarmUp.class);

    private final QueryEngine queries;

    public HqlWarmUp(Mutiny.SessionFactory sessions) {
        this.queries = sessions.getCache().getSessionFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine();
    }

    /** Parses each query (HQL, and the type of its results) now. */
    public void parse(Map<String, Class<?>> hqlAndResultTypes) {
        long begun = System.nanoTime();
        hqlAndResultTypes.forEach(queries::interpretHql);
        LOG.debugf("Parsed %d queries ahead of their first run in %d ms", hqlAndResultTypes.size(),
                (System.nanoTime() - begun) / 1_000_000);
    }

    /** As {@link #parse}, on a worker thread: returns at once. */
    public void parseSoon(Map<String, Class<?>> hqlAndResultTypes) {
        Infrastructure.getDefaultWorkerPool().execute(() -> parse(hqlAndResultTypes));
    }
}
