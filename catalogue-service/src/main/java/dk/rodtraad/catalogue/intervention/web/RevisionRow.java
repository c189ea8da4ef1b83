package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.InterventionRevision;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.time.DanishDates;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** One step of the version history, in Danish, with the content as it stood after it. */
@TemplateData
public record RevisionRow(int revision, String change, String status, String changedAt, String changedBy, List<Fact> facts) {

    public static RevisionRow of(InterventionRevision r, Map<String, String> signNames, AppMessages msg,
            People.Names names) {
        return new RevisionRow(r.revision, r.change.label(), r.status.label(), DanishDates.dateTime(r.changedAt),
                names.of(r.changedBy),
                Fact.of(r.content, signNames, msg));
    }
}
