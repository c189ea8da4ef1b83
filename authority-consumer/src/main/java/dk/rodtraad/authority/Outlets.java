package dk.rodtraad.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The outlet the site chose ({@code rodtraad.authority.outlet}), and the one clock everything here reads. */
@ApplicationScoped
class Outlets {

    @Produces
    @Singleton
    Outlet outlet(AuthorityConsumerConfig config, Clock clock) {
        return switch (config.outlet()) {
            case FOLDER -> new FolderOutlet(config.folder().orElseThrow(() -> new IllegalStateException(
                    "The folder outlet needs rodtraad.authority.folder (RODTRAAD_AUTHORITY_FOLDER): where the case "
                            + "system takes its notifications from")));
            case WEBHOOK -> new WebhookOutlet(
                    config.webhook().url().orElseThrow(() -> new IllegalStateException(
                            "The webhook outlet needs rodtraad.authority.webhook.url (RODTRAAD_AUTHORITY_WEBHOOK_URL)")),
                    new WebhookSignature(config.webhook().secret().orElseThrow(() -> new IllegalStateException(
                            "The webhook outlet needs rodtraad.authority.webhook.secret "
                                    + "(RODTRAAD_AUTHORITY_WEBHOOK_SECRET), the secret shared with the case system"))),
                    config.webhook().timeout(), clock);
        };
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
