package dk.rodtraad.catalogue.intervention;

import java.time.Instant;

/** One step of the version history (versionshistorik) as the API shows it. */
public record RevisionView(int revision, InterventionRevision.Change change, InterventionStatus status,
        Instant changedAt, String changedBy, InterventionContent content) {

    static RevisionView of(InterventionRevision r) {
        return new RevisionView(r.revision, r.change, r.status, r.changedAt, r.changedBy, r.content);
    }
}
