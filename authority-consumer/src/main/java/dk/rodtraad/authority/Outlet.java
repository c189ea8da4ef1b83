package dk.rodtraad.authority;

import java.io.IOException;

/** Where the notifications go: the authority's case system, through a folder or a webhook. */
public interface Outlet {

    /**
     * Delivers the notification durably, or throws; the consumer commits the record's offset only after this returns,
     * and tries again, later, after a failure.
     *
     * @return whether it was delivered now or had been before (a record Kafka delivered again after a restart)
     */
    Delivery deliver(Notification notification) throws IOException, InterruptedException;

    /** For the health check and the logs, e.g. "folder /srv/underretninger". */
    String describe();

    enum Delivery {
        DELIVERED, DELIVERED_BEFORE
    }
}
