package dk.rodtraad.concern.recording.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.Level;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.concern.recording.ConcernView;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Locale;

/**
 * A concern on the child's page, in Danish: what was seen, the parents, the child's own view, and every assessment,
 * newest first.
 *
 * @param parents how the parents were involved, or null when a reason says why they were not
 */
@TemplateData
public record ConcernCard(String id, Level level, String heading, boolean acute, String setting, List<String> signs,
        String ageReason, String observation, String parents, String parentsPerspective, String parentsNotInvolvedReason,
        String childViewMethod, String childView, List<Assessment> history) {

    @TemplateData
    public record Assessment(Level level, boolean acute, List<String> signs, String assessedAt, String assessedBy) {
    }

    public static ConcernCard of(ConcernView concern, Labels labels, AppMessages msg, People.Names names) {
        var parents = concern.parents();
        return new ConcernCard(concern.id().toString(),
                Level.of(concern.level()), msg.concern_heading(DanishDates.date(concern.observedOn())),
                concern.acute(), concern.setting().label(), labels.signs(concern.signs()),
                labels.ageReason(concern.ageReason()), concern.observation(),
                parents == null ? null : msg.concern_parents_involved(DanishDates.date(parents.involvedOn()),
                        parents.how().label().toLowerCase(Locale.ROOT), names.of(parents.involvedBy())),
                parents == null ? null : parents.perspective(), concern.parentsNotInvolvedReason(),
                concern.childView() == null ? null : concern.childView().method().label(),
                concern.childView() == null ? null : concern.childView().view(),
                concern.history().reversed().stream().map(entry -> new Assessment(Level.of(entry.level()),
                        entry.acute(), labels.signs(entry.signs()), DanishDates.dateTime(entry.assessedAt()),
                        names.of(entry.assessedBy()))).toList());
    }
}
