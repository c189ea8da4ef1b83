package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.web.DanishDates;
import dk.rodtraad.concern.recording.Concern;
import io.quarkus.qute.TemplateData;

/** A concern in the professional's overview. */
@TemplateData
public record ConcernRow(String childId, String childName, String level, boolean acute,
        String observedOn, String setting) {

    public static ConcernRow of(Concern concern, AppMessages msg) {
        return new ConcernRow(concern.child.id.toString(), concern.child.name, msg.level(concern.assessment.level.code()),
                concern.assessment.acute, DanishDates.date(concern.observedOn), msg.setting(concern.setting.code()));
    }
}
