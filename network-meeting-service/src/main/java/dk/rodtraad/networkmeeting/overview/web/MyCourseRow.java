package dk.rodtraad.networkmeeting.overview.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.overview.MyCourse;
import dk.rodtraad.chassis.web.Excerpt;
import io.quarkus.qute.TemplateData;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of my courses as the list shows it: what is due next, in words.
 *
 * @param about      what the first contact was about, at most {@value #ABOUT_LENGTH} characters: the course's name on
 *                   the list, as this service knows no child's name
 * @param since      the day of the first contact, e.g. "2. december 2026"
 * @param clock      where the first meeting stands, e.g. "Første møde er overskredet"
 * @param hours      the 24-hour clock while it is a task: "12 timer tilbage" or "overskredet med 3 timer", else null
 * @param next       the next planned meeting's time and place, or null
 * @param agreements the open agreements, earliest due first
 * @param why        why the course is mine, in words
 */
@TemplateData
public record MyCourseRow(UUID courseId, UUID childId, String about, String since, boolean overdue, String clock,
        boolean clockOverdue, String hours, String next, String responsible, List<Agreement> agreements,
        List<String> why) {

    static final int ABOUT_LENGTH = 80;

    @TemplateData
    public record Agreement(String what, String due, boolean overdue) {
    }

    static MyCourseRow of(MyCourse course, Instant now, List<String> why, People.Names names) {
        FirstMeetingClock.State state = course.firstMeeting();
        String hours = switch (state) {
            case DUE -> hoursLeft(Duration.between(now, course.firstMeetingDue()));
            case OVERDUE -> hoursOver(Duration.between(course.firstMeetingDue(), now));
            default -> null;
        };
        String next = course.nextMeeting() == null ? null : DanishDates.dateTime(course.nextMeeting().startsAt())
                + ", " + course.nextMeeting().place().label().toLowerCase(java.util.Locale.ROOT);
        return new MyCourseRow(course.courseId(), course.childId(), shortened(course.contactAbout()),
                DanishDates.date(DanishDates.day(course.firstContactAt())),
                course.overdue(), state.label(), state.overdue(), hours, next,
                names.professional(course.responsible().username(), course.responsible().discipline()),
                course.openAgreements().stream().map(MyCourseRow::agreement).toList(), why);
    }

    /** The text as it is when short enough, else cut at the last whole word that fits, with an ellipsis. */
    static String shortened(String text) {
        if (text.length() <= ABOUT_LENGTH) {
            return text;
        }
        return Excerpt.upToWord(text, ABOUT_LENGTH - 1).stripTrailing() + "…";
    }

    private static Agreement agreement(AgreementView agreement) {
        return new Agreement(agreement.what(), DanishDates.date(agreement.dueOn()), agreement.overdue());
    }

    private static String hoursLeft(Duration left) {
        long hours = Math.max(0, left.toHours());
        return hours == 1 ? "1 time tilbage" : hours + " timer tilbage";
    }

    private static String hoursOver(Duration over) {
        long hours = Math.max(0, over.toHours());
        return hours == 1 ? "overskredet med 1 time" : "overskredet med " + hours + " timer";
    }
}
