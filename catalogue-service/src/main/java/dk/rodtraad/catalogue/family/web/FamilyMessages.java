package dk.rodtraad.catalogue.family.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The families' words ({@code fam:} in templates): plain, warm Danish for parents. Text: messages/fam_da.properties. */
@MessageBundle("fam")
public interface FamilyMessages {
    @Message String brand();
    @Message String nav_label();
    @Message String nav_find();
    @Message String nav_guide();

    @Message String start_title();
    @Message String start_intro();
    @Message String search_text();
    @Message String search_text_hint();
    @Message String search_age();
    @Message String search_age_hint();
    @Message String search_age_invalid();
    @Message String search_signs();
    @Message String search_signs_hint();
    @Message String search_submit();
    @Message String results_title();
    @Message String results_count(int count);
    @Message String ages(int from, int to);
    @Message String weeks(int weeks);
    @Message String errors_title();

    @Message String none_title();
    @Message String none_try();
    @Message String none_talk();
    @Message String none_who();
    @Message String none_phone();
    @Message String none_email();
    @Message String none_hours();
    @Message String none_danger();

    @Message String what_title();
    @Message String for_whom();
    @Message String helps_with();
    @Message String how_to_get();
    @Message String who();
    @Message String contact();
    @Message String places();
    @Message String waiting();
    @Message String back();

    @Message String guide_title();
    @Message String guide_intro();
    @Message String guide_choose();
    @Message String guide_look_for();
    @Message String guide_whom();
    @Message String guide_whom_text();
    @Message String guide_help();
    @Message String guide_no_help();
    @Message String guide_all_signs();
    @Message String guide_unknown_sign();

    @Message String not_found_title();
    @Message String not_found_text();
}
