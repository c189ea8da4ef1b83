package dk.rodtraad.chassis.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Deletes audit entries older than the retention ({@code rodtraad.audit.retention-days}, 183 by default), nightly
 * ({@code rodtraad.audit.retention-cron}). The service's login cannot delete from the audit log: it calls the
 * database function {@code purge_audit_log}, owned by the migration login, which never keeps less than 183 days
 * (6 months), whatever it is asked. A service that keeps more audit tables names their purge functions, each taking
 * the days to keep and made the same way, in {@code rodtraad.audit.purge-functions} (default {@code purge_audit_log}).
 */
@ApplicationScoped
public class AuditRetention {

    /** The least the database keeps, whatever the configuration says. */
    public static final int MINIMUM_DAYS = 183;

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Mutiny.SessionFactory sessions;
    private final int retentionDays;
    private final List<String> functions;

    public AuditRetention(Mutiny.SessionFactory sessions,
            @ConfigProperty(name = "rodtraad.audit.retention-days", defaultValue = "183") int retentionDays,
            @ConfigProperty(name = "rodtraad.audit.purge-functions", defaultValue = "purge_audit_log") List<String> functions) {
        this.sessions = sessions;
        this.retentionDays = retentionDays;
        functions.forEach(function -> {
            if (!FUNCTION_NAME.matcher(function).matches()) {
                throw new IllegalArgumentException("rodtraad.audit.purge-functions: not a function name: " + function);
            }
        });
        this.functions = List.copyOf(functions);
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
        return sessions.withTransaction(session -> Multi.createFrom().iterable(functions)
                .onItem().transformToUniAndConcatenate(function -> session
                        .createNativeQuery("select " + function + "(:keepDays)", Long.class)
                        .setParameter("keepDays", keepDays)
                        .getSingleResult())
                .collect().with(Collectors.summingLong(Long::longValue)));
    }
}
