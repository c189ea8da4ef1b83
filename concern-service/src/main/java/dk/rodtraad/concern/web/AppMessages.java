package dk.rodtraad.concern.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** This service's own UI words (the shared ones are chassis's {@code rt:} bundle). Danish text: messages/msg_da.properties. */
@MessageBundle
public interface AppMessages {
    @Message String app_title();
    @Message String intro();
    @Message String card_mine_title();
    @Message String card_mine_text();
    @Message String card_record_title();
    @Message String card_record_text();
    @Message String card_timeline_title();
    @Message String card_timeline_text();

    @Message String nav_label();
    @Message String nav_mine();
    @Message String nav_record();

    @Message String choose();
    @Message String yes();
    @Message String no();

    @Message String errors_title();
    @Message String errors_intro();
    @Message String not_a_date();
    @Message String not_a_choice();
    @Message String language_missing();

    @Message String mine_title();
    @Message String mine_intro();
    @Message String mine_children();
    @Message String mine_no_children();
    @Message String mine_concerns();
    @Message String mine_no_concerns();
    @Message String col_child();
    @Message String col_cpr();
    @Message String col_level();
    @Message String col_observed();
    @Message String col_setting();
    @Message String col_recorded_by();
    @Message String col_assessed_at();
    @Message String col_assessed_by();
    @Message String col_signs();
    @Message String acute_mark();

    @Message String record_title();
    @Message String record_intro();
    @Message String record_submit();
    @Message String cancel();
    @Message String group_child();
    @Message String group_child_hint();
    @Message String group_concern();
    @Message String group_parents();
    @Message String group_child_view();
    @Message String group_coordination();
    @Message String field_childId();
    @Message String field_childId_none();
    @Message String field_childCpr();
    @Message String field_childCpr_hint();
    @Message String field_childName();
    @Message String field_signs();
    @Message String field_signs_hint();
    @Message String field_level();
    @Message String field_acute();
    @Message String field_setting();
    @Message String field_observedOn();
    @Message String field_observedOn_hint();
    @Message String field_observation();
    @Message String field_observation_hint();
    @Message String field_parents();
    @Message String parents_involved();
    @Message String parents_not_involved();
    @Message String field_parentsInvolvedOn();
    @Message String field_parentsHow();
    @Message String field_parentsInvolvedBy();
    @Message String field_parentsPerspective();
    @Message String field_parentsPerspective_hint();
    @Message String field_parentsNotInvolvedReason();
    @Message String field_parentsNotInvolvedReason_hint();
    @Message String field_childViewMethod();
    @Message String field_childViewView();
    @Message String field_childViewView_hint();
    @Message String field_tovholder();
    @Message String field_tovholder_hint(String me);

    @Message String level(String code);
    @Message String setting(String code);
    @Message String contact(String code);
    @Message String method(String code);

    @Message String child_born();
    @Message String notice_recorded();
    @Message String child_concerns();
    @Message String child_no_concerns();
    @Message String concern_heading(String level, String date);
    @Message String concern_observation();
    @Message String concern_parents();
    @Message String concern_parents_involved(String date, String how, String by);
    @Message String concern_parents_not_involved();
    @Message String concern_child_view(String method);
    @Message String concern_history();
    @Message String child_coordination();
    @Message String child_no_coordination();
    @Message String coordination_tovholder();
    @Message String coordination_no_tovholder();
    @Message String coordination_needs_tovholder();
    @Message String coordination_disciplines();
    @Message String coordination_involved();
    @Message String child_timeline();
    @Message String child_timeline_empty();
    @Message String col_when();
    @Message String col_event();
    @Message String event(String type);
    @Message String event_level(String level);
    @Message String event_profession(String profession);
    @Message String event_handover(String from, String to);
    @Message String record_for_child();

    @Message String not_found_title();
    @Message String not_found_text();
    @Message String forbidden_title();
    @Message String forbidden_text();
    @Message String unavailable_title();
    @Message String back_to_mine();
}
