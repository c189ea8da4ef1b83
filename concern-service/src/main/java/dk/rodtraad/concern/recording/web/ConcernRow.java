package dk.rodtraad.concern.recording.web;

import dk.rodtraad.concern.web.Level;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.recording.Concern;
import io.quarkus.qute.TemplateData;

/** A concern in the professional's overview. */
@TemplateData
public record ConcernRow(String childId, String childName, Level level, boolean acute,
        String observedOn, String setting) {

    public static ConcernRow of(Concern concern, AppMessages msg) {
        return new ConcernRow(concern.child.id.toString(), concern.child.name, Level.of(concern.assessment.level),
                concern.assessment.acute, DanishDates.date(concern.observedOn), concern.setting.label());
    }
}
