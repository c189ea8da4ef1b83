package dk.rodtraad.catalogue.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();

    @Message String card_search_title();
    @Message String card_search_text();
    @Message String card_suggest_title();
    @Message String card_suggest_text();
    @Message String card_editor_title();
    @Message String card_new();
    @Message String card_import();

    @Message String nav_label();
    @Message String nav_search();
    @Message String nav_suggest();
    @Message String nav_new();
    @Message String nav_import();

    @Message String any();
    @Message String choose();
    @Message String none();
    @Message String weeks(int weeks);
    @Message String step(int step);

    @Message String errors_title();
    @Message String errors_intro();
    @Message String not_whole_number();
    @Message String stale();

    @Message String search_title();
    @Message String search_filters();
    @Message String search_text();
    @Message String search_text_hint();
    @Message String search_age();
    @Message String search_signs();
    @Message String search_signs_hint();
    @Message String search_type();
    @Message String search_step();
    @Message String search_department();
    @Message String search_prevention();
    @Message String search_max_waiting();
    @Message String search_submit();
    @Message String search_reset();
    @Message String search_invalid();
    @Message String results_title();
    @Message String results_count(int count);
    @Message String result_department();
    @Message String result_step();
    @Message String result_waiting();

    @Message String suggest_title();
    @Message String suggest_intro();
    @Message String suggest_age();
    @Message String suggest_signs();
    @Message String suggest_submit();
    @Message String suggest_age_missing();
    @Message String suggest_signs_missing();
    @Message String suggest_none();
    @Message String suggest_results();
    @Message String suggest_why();

    @Message String field_code();
    @Message String field_code_hint();
    @Message String field_name();
    @Message String field_shortDescription();
    @Message String field_shortDescription_hint();
    @Message String field_longDescription();
    @Message String field_ageFromYears();
    @Message String field_ageToYears();
    @Message String field_signs();
    @Message String field_type();
    @Message String field_preventionLevel();
    @Message String field_step();
    @Message String field_department();
    @Message String field_department_hint();
    @Message String field_anchoring();
    @Message String field_legalBasis();
    @Message String field_legalBasis_hint();
    @Message String field_method();
    @Message String field_method_hint();
    @Message String field_evidenceLevel();
    @Message String field_competences();
    @Message String field_capacityPerYear();
    @Message String field_capacityPerYear_hint();
    @Message String field_waitingWeeks();
    @Message String field_access();
    @Message String field_contact();
    @Message String field_locations();
    @Message String field_list_hint();
    @Message String field_status();
    @Message String field_changed();
    @Message String field_revision();

    @Message String facts_title();
    @Message String intervention_edit();
    @Message String intervention_history();
    @Message String status_actions();
    @Message String status_action_hint(String status);
    @Message String action_publish();
    @Message String action_pause();
    @Message String action_resume();
    @Message String action_retire();
    @Message String notice_created();
    @Message String notice_edited();
    @Message String notice_status(String status);
    @Message String not_found_title();
    @Message String not_found_text();
    @Message String forbidden_title();
    @Message String forbidden_text();
    @Message String back_to_search();

    @Message String new_title();
    @Message String edit_title(String name);
    @Message String save_new();
    @Message String save_edit();
    @Message String cancel();
    @Message String group_about();
    @Message String group_target();
    @Message String group_placement();
    @Message String group_practical();

    @Message String history_title(String name);
    @Message String history_revision();
    @Message String history_change();
    @Message String history_status();
    @Message String history_when();
    @Message String history_who();
    @Message String history_content(int revision);
    @Message String change_created();
    @Message String change_edited();
    @Message String change_published();
    @Message String change_paused();
    @Message String change_retired();

    @Message String import_title();
    @Message String import_intro();
    @Message String import_file();
    @Message String import_submit();
    @Message String import_no_file();
    @Message String import_done(long created, long changed, long unchanged);
    @Message String import_failed();
    @Message String import_place();
    @Message String import_message();
    @Message String import_row();
    @Message String import_outcome();
    @Message String export_title();
    @Message String export_link();
}
