package dk.rodtraad.followup.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();
    @Message String coming();

    // The evaluation of what works (evaluation.web): for analysts and leaders, groups only.
    @Message String evaluation_title();
    @Message String evaluation_intro();
    @Message String evaluation_download();
    @Message String evaluation_none();
    @Message String evaluation_chart_title();
    @Message String evaluation_by_age();
    @Message String evaluation_by_band();
    @Message String evaluation_group();
    @Message String evaluation_total();
    @Message String evaluation_age(String from, String to);
    @Message String evaluation_band(String form, String from, String to);
    @Message String evaluation_not_measured();
    @Message String evaluation_of(String value, int children);
    @Message String evaluation_too_few();
    @Message String evaluation_hidden();
    @Message String evaluation_nothing();
    @Message String evaluation_unknown_intervention();
    @Message String evaluation_how_title();
    @Message String evaluation_how_child();
    @Message String evaluation_how_rater();
    @Message String evaluation_how_too_few();
    @Message String evaluation_how_hidden();
    @Message String evaluation_csv_intervention();
    @Message String evaluation_csv_split();
    @Message String evaluation_csv_by_age();
    @Message String evaluation_csv_by_band();
    @Message String evaluation_csv_children(String measure);
}
