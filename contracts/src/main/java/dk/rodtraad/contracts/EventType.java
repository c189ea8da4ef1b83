package dk.rodtraad.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every CloudEvents {@code type} the services emit, the topic it travels on and its JSON Schema.
 * Type names carry their version; a breaking change is a new constant, never an edit of an old one.
 */
public enum EventType {

    CONCERN_RAISED_V1("dk.rodtraad.concern.raised.v1", Topics.CONCERN_EVENTS),

    TAXONOMY_PUBLISHED_V1("dk.rodtraad.catalogue.taxonomy-published.v1", Topics.CATALOGUE_EVENTS);

    private final String type;
    private final String topic;

    EventType(String type, String topic) {
        this.type = type;
        this.topic = topic;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code dk.rodtraad.concern.raised.v1}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** Class-path location of this type's JSON Schema (draft 2020-12). */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
