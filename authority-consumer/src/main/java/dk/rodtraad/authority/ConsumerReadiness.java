package dk.rodtraad.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the consumer has joined its group, and while its outlet delivers: a failing delivery (the folder full,
 * the webhook down) shows here with its cause, as well as in {@code rodtraad_authority_retry_age_seconds}.
 */
@Readiness
@ApplicationScoped
class ConsumerReadiness implements HealthCheck {

    @Inject
    NotificationConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        var failure = consumer.failure();
        var response = HealthCheckResponse.named("authority-consumer")
                .status(consumer.joined() && failure.isEmpty())
                .withData("outlet", consumer.outlet())
                .withData("joined", consumer.joined());
        failure.ifPresent(why -> response.withData("delivery", why));
        return response.build();
    }
}
