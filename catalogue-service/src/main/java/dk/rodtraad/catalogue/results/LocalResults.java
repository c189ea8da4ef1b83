package dk.rodtraad.catalogue.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.followup.InterventionResultsV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** The municipality's own results of an intervention, as the latest event from followup-service brought them. */
@ApplicationScoped
public class LocalResults {

    private final ObjectMapper json;

    public LocalResults(ObjectMapper json) {
        this.json = json;
    }

    /** Empty until followup-service has evaluated a plan with the intervention. */
    @WithSession
    public Uni<Optional<InterventionResultsV1>> of(UUID interventionId) {
        return InterventionResults.<InterventionResults>findById(interventionId)
                .map(kept -> Optional.ofNullable(kept).map(this::read));
    }

    private InterventionResultsV1 read(InterventionResults kept) {
        try {
            return json.readValue(kept.results, InterventionResultsV1.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored results of " + kept.interventionId + " are unreadable", e);
        }
    }
}
