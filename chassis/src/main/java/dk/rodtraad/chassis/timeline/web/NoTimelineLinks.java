package dk.rodtraad.chassis.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rodtraad.contracts.EventType;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** A service whose pages hold none of the timeline's items: the sentences stand without links. */
@DefaultBean
@ApplicationScoped
public class NoTimelineLinks implements TimelineLinks {

    @Override
    public Optional<String> href(EventType type, JsonNode payload) {
        return Optional.empty();
    }
}
