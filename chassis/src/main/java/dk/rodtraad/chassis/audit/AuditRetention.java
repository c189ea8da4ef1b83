package dk.rodtraad.chassis.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Deletes audit entries older than the retention ({@code rodtraad.audit.retention-days}, 183 by default), nightly
 * ({@code rodtraad.audit.retention-cron}). The service's login cannot delete from the audit log: it calls the
 * database function {@code purge_audit_log}, owned by the migration login, which never keeps less than 183 days
 * (6 months), whatever it is asked.
 */
@ApplicationScoped
public class AuditRetention {

    /** The least the database keeps, whatever the configuration says. */
    public static final int MINIMUM_DAYS = 183;

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final Mutiny.SessionFactory sessions;
    private final int retentionDays;

    public AuditRetention(Mutiny.SessionFactory sessions,
            @ConfigProperty(name = "rodtraad.audit.retention-days", defaultValue = "183") int retentionDays) {
        this.sessions = sessions;
        this.retentionDays = retentionDays;
    }

    // Nightly; several instances may run it at once, as the purge is harmless twice.
    @Scheduled(cron = "${rodtraad.audit.retention-cron:0 45 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nightly() {
        return purge(retentionDays)
                .invoke(deleted -> LOG.infof("Audit retention deleted %d entries older than %d days", deleted,
                        Math.max(retentionDays, MINIMUM_DAYS)))
                .onFailure().invoke(e -> LOG.warnf("Audit retention will try again tomorrow: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** @return how many entries were deleted: those older than {@code max(keepDays, 183)} days */
    public Uni<Long> purge(int keepDays) {
        return sessions.withTransaction(session -> session
                .createNativeQuery("select purge_audit_log(:keepDays)", Long.class)
                .setParameter("keepDays", keepDays)
                .getSingleResult());
    }
}
