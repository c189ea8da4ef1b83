package dk.rodtraad.followup.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The UI's words. The Danish text lives in messages/msg_da.properties; this interface lets templates be checked. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String skip_to_content();
    @Message String logout();
    @Message String welcome(String name);
    @Message String intro();
    @Message String card_api_title();
    @Message String card_api_text();
    @Message String footer();
}
