package dk.rodtraad.concern.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();
    @Message String card_record_title();
    @Message String card_record_text();
    @Message String card_timeline_title();
    @Message String card_timeline_text();
}
