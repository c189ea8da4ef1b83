package dk.rodtraad.networkmeeting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();
    @Message String coming();
}
