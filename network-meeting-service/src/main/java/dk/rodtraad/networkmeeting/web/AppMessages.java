package dk.rodtraad.networkmeeting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();
    @Message String coming();

    // The fidelity view (fidelity.web): Troskab mod Åben Dialog.
    @Message String fidelity_title();
    @Message String fidelity_intro();
    @Message String fidelity_card_text();
    @Message String fidelity_choose_period();
    @Message String fidelity_from();
    @Message String fidelity_to();
    @Message String fidelity_period_standard();
    @Message String fidelity_show();
    @Message String fidelity_quarter(int number, int year);
    @Message String fidelity_period(String from, String to);
    @Message String fidelity_download();
    @Message String fidelity_municipality();
    @Message String fidelity_by_district();
    @Message String fidelity_by_unit();
    @Message String fidelity_district();
    @Message String fidelity_unit();
    @Message String fidelity_csv_group();
    @Message String fidelity_measure();
    @Message String fidelity_number();
    @Message String fidelity_unknown();
    @Message String fidelity_too_few();
    @Message String fidelity_hidden();
    @Message String fidelity_nothing();
    @Message String fidelity_no_courses();
    @Message String fidelity_hours(String hours);
    @Message String fidelity_col_courses();
    @Message String fidelity_col_median_hours();
    @Message String fidelity_col_within_24();
    @Message String fidelity_col_family_later();
    @Message String fidelity_col_core_team();
    @Message String fidelity_col_network();
    @Message String fidelity_col_outside();
    @Message String fidelity_col_voices();
    @Message String fidelity_col_follow_up();
    @Message String fidelity_col_open_questions();
    @Message String fidelity_chart_shares();
    @Message String fidelity_chart_districts();
    @Message String fidelity_how_title();
    @Message String fidelity_how_courses();
    @Message String fidelity_how_hours();
    @Message String fidelity_how_within_24();
    @Message String fidelity_how_core_team();
    @Message String fidelity_how_network();
    @Message String fidelity_how_outside();
    @Message String fidelity_how_voices();
    @Message String fidelity_how_follow_up();
    @Message String fidelity_how_open_questions();
    @Message String fidelity_how_too_few();
    @Message String fidelity_how_hidden();
    @Message String fidelity_how_nothing();
    @Message String fidelity_error_quarter();
    @Message String fidelity_error_future();
    @Message String fidelity_error_order();
}
