package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.Excerpt;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.consultation.ConsultationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * A consultation in Danish, with its history oldest first.
 *
 * @param excerpt the situation's beginning, for the list
 * @param age     the child's age as words, or null when the professional left it out
 * @param mine    the one looking opened it, and so is the one who knows which child it is about
 */
@TemplateData
public record ConsultationCard(String id, long version, String situation, String excerpt, String setting, String age,
        String openedBy, String openedAt, String isoOpenedAt, List<NoteRow> notes, boolean mine) {

    private static final int EXCERPT = 100;

    @TemplateData
    public record NoteRow(String text, String writtenBy, String writtenAt, String isoWrittenAt) {
    }

    public static ConsultationCard of(ConsultationView view, String me, AppMessages msg, People.Names names) {
        return new ConsultationCard(view.id().toString(), view.version(), view.situation(), excerpt(view.situation()),
                view.setting().label(),
                view.childAgeYears() == null ? null : msg.age_years(view.childAgeYears()), names.of(view.openedBy()),
                DanishDates.dateTime(view.openedAt()), DanishDates.iso(view.openedAt()),
                view.notes().stream().map(note -> new NoteRow(note.text(), names.of(note.writtenBy()),
                        DanishDates.dateTime(note.writtenAt()), DanishDates.iso(note.writtenAt()))).toList(),
                view.openedBy().equals(me));
    }

    /** Cut at a word, so the list reads as text. */
    static String excerpt(String situation) {
        if (situation.length() <= EXCERPT) {
            return situation;
        }
        return Excerpt.upToWord(situation, EXCERPT) + " …";
    }
}
