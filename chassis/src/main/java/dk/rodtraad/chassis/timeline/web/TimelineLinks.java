package dk.rodtraad.chassis.timeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rodtraad.contracts.EventType;

import java.util.Optional;

/**
 * Where the item of a timeline entry (the notification, the consultation …) can be opened on this service's own
 * pages, for the reader: the service that holds the item says so ({@code concern-service}'s links); a service that
 * holds none shows the sentence without a link ({@link NoTimelineLinks}). The page behind the link still decides
 * whether the reader may see it.
 */
public interface TimelineLinks {

    Optional<String> href(EventType type, JsonNode payload);
}
