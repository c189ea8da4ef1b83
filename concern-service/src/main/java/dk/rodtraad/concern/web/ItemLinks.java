package dk.rodtraad.concern.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.timeline.web.TimelineLinks;
import dk.rodtraad.contracts.EventType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Where a timeline entry's item opens on concern-service's pages: an underretning's steps on the authority's page
 * for the authority, a consultation linked to the child on its own page. The pages behind the links decide, as
 * ever, whether the reader may see them.
 */
@ApplicationScoped
public class ItemLinks implements TimelineLinks {

    private final SecurityIdentity identity;

    ItemLinks(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> href(EventType type, JsonNode payload) {
        return switch (type) {
            case CHILD_NOTIFIED_V1, NOTIFICATION_URGENCY_ASSESSED_V1, NOTIFICATION_RECEIPT_SENT_V1,
                 NOTIFICATION_OUTCOME_DECIDED_V1 -> identity.hasRole(Roles.MYNDIGHED)
                    ? id(payload, "notificationId").map(id -> "/myndighed/underretninger/" + id) : Optional.empty();
            case CONSULTATION_LINKED_V1 -> id(payload, "consultationId").map(id -> "/sparring/" + id);
            default -> Optional.empty();
        };
    }

    private static Optional<String> id(JsonNode payload, String field) {
        return Optional.ofNullable(payload.get(field)).map(JsonNode::asText).filter(text -> text.matches("[0-9a-f-]{36}"));
    }
}
