package dk.rodtraad.chassis.kafka;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Says at start as whom the service logs in to Kafka, so that an authorization error in the log can be read against
 * the ACL table. Its use of {@link KafkaLogin} also has Quarkus check the login before anything starts.
 */
@ApplicationScoped
class KafkaPrincipalLog {

    private static final Logger LOG = Logger.getLogger(KafkaPrincipalLog.class);

    void onStart(@Observes StartupEvent event, KafkaLogin login) {
        LOG.infof("Kafka: logging in as principal %s", login.username());
    }
}
