package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.Codes;
import dk.rodtraad.chassis.web.DanishDates;
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
public record ConcernCard(String id, String heading, boolean acute, String setting, List<String> signs,
        String observation, String parents, String parentsPerspective, String parentsNotInvolvedReason,
        String childViewMethod, String childView, List<Assessment> history) {

    @TemplateData
    public record Assessment(String level, boolean acute, List<String> signs, String assessedAt, String assessedBy) {
    }

    public static ConcernCard of(ConcernView concern, Labels labels, AppMessages msg) {
        var parents = concern.parents();
        return new ConcernCard(concern.id().toString(),
                msg.concern_heading(msg.level(concern.level().code()), DanishDates.date(concern.observedOn())),
                concern.acute(), msg.setting(concern.setting().code()), labels.signs(concern.signs()),
                concern.observation(),
                parents == null ? null : msg.concern_parents_involved(DanishDates.date(parents.involvedOn()),
                        msg.contact(Codes.of(parents.how())).toLowerCase(Locale.ROOT), parents.involvedBy()),
                parents == null ? null : parents.perspective(), concern.parentsNotInvolvedReason(),
                concern.childView() == null ? null : msg.method(Codes.of(concern.childView().method())),
                concern.childView() == null ? null : concern.childView().view(),
                concern.history().reversed().stream().map(entry -> new Assessment(msg.level(entry.level().code()),
                        entry.acute(), labels.signs(entry.signs()), DanishDates.dateTime(entry.assessedAt()),
                        entry.assessedBy())).toList());
    }
}
