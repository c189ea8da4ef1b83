package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.web.AppMessages;
import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;

/** A status button the editor may press now: only the steps {@link InterventionStatus#canBecome} allows. */
@TemplateData
public record StatusAction(String status, String label) {

    public static List<StatusAction> from(InterventionStatus current, AppMessages msg) {
        return Arrays.stream(InterventionStatus.values())
                .filter(current::canBecome)
                .map(next -> new StatusAction(next.code(), switch (next) {
                    case PUBLISHED -> current == InterventionStatus.PAUSED ? msg.action_resume() : msg.action_publish();
                    case PAUSED -> msg.action_pause();
                    case RETIRED -> msg.action_retire();
                    case DRAFT -> throw new IllegalStateException("No step leads back to a draft");
                }))
                .toList();
    }
}
