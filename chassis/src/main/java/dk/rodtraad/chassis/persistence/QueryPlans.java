package dk.rodtraad.chassis.persistence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * How many query plans Hibernate keeps, as the gauge {@code rodtraad.hibernate.query.plans}. Under a steady load it
 * levels off once every query has run; one that keeps growing is a query planned anew at every run (a native select
 * through Hibernate Reactive, ADR 0031), which fills the cache with copies and slows every lookup in it.
 */
// Eager, so the gauge exists from start-up.
@Startup
@ApplicationScoped
public class QueryPlans {

    private static final String GAUGE = "rodtraad.hibernate.query.plans";

    private final SessionFactoryImplementor factory;

    public QueryPlans(Mutiny.SessionFactory sessions, MeterRegistry registry) {
        this.factory = sessions.getCache().getSessionFactory().unwrap(SessionFactoryImplementor.class);
        Gauge.builder(GAUGE, this, QueryPlans::cached)
                .description("Query plans in Hibernate's cache; a steady rise is a query planned at every run")
                .register(registry);
    }

    /** The plans in the cache now. */
    public int cached() {
        return factory.getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
    }
}
