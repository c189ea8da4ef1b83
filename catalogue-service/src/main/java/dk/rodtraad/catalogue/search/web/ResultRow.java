package dk.rodtraad.catalogue.search.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.web.AppMessages;
import io.quarkus.qute.TemplateData;

import java.util.UUID;

/**
 * One intervention in a list of results.
 *
 * @param badge the status in Danish when it is not simply offered (paused, and for the editor draft or retired), else null
 */
@TemplateData
public record ResultRow(UUID id, String name, String shortDescription, String department, int step, String waiting,
        String status, String badge) {

    public static ResultRow of(Intervention i, AppMessages msg) {
        return new ResultRow(i.id, i.name, i.shortDescription, i.department, i.step, msg.weeks(i.waitingWeeks),
                i.status.code(), i.status == InterventionStatus.PUBLISHED ? null : i.status.label());
    }
}
