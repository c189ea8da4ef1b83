package dk.rodtraad.chassis.inbox;

import dk.rodtraad.contracts.EventType;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event types one consumer applies, which the {@link Inbox} decides each event's way by:
 * <ul>
 *   <li>a type it reads is checked against its schema, then applied;</li>
 *   <li>another version of a type it reads (e.g. {@code concern.raised.v9} beside {@code v1} and {@code v2}) is a
 *       breaking change it cannot read: dead-lettered. A producer publishes a new version beside the old one until
 *       every consumer has moved, so the same change still arrives in a version it reads;</li>
 *   <li>any other type is not its business and passes by — unless the consumer also applies types that are new to
 *       the contracts it was built with ({@link #andTypesNewToContracts()}), unchecked, as the timeline does.</li>
 * </ul>
 */
public final class Reads {

    /** What the inbox does with an event of a given type. */
    enum Way {
        APPLY_CHECKED, APPLY_UNCHECKED, PASS_BY
    }

    private static final Set<String> KNOWN_FAMILIES = families(Arrays.asList(EventType.values()));

    private final Set<EventType> types;
    private final Set<String> families;
    private final boolean typesNewToContracts;

    private Reads(Set<EventType> types, boolean typesNewToContracts) {
        this.types = Set.copyOf(types);
        this.families = families(types);
        this.typesNewToContracts = typesNewToContracts;
    }

    public static Reads only(EventType first, EventType... more) {
        return new Reads(EnumSet.of(first, more), false);
    }

    /** Every type of the contracts that travels on one of these topics. */
    public static Reads everyTypeOn(Set<String> topics) {
        return new Reads(Arrays.stream(EventType.values()).filter(type -> topics.contains(type.topic()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class))), false);
    }

    /**
     * Also applies, without a schema to check it by, a type that no version of the contracts this service was built
     * with knows — a new kind of event from a producer that is newer than this consumer.
     */
    public Reads andTypesNewToContracts() {
        return new Reads(types, true);
    }

    /**
     * @param type a versioned type, as {@link ReceivedEvent} guarantees
     * @throws PoisonEventException for a version of a read type that this consumer does not know
     */
    Way wayOf(String type) {
        var known = EventType.of(type);
        if (known.isPresent() && types.contains(known.get())) {
            return Way.APPLY_CHECKED;
        }
        String family = family(type);
        if (families.contains(family)) {
            throw new PoisonEventException("Unknown version " + type + ": this consumer reads " + types.stream()
                    .map(EventType::type).filter(read -> family(read).equals(family)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        return typesNewToContracts && !KNOWN_FAMILIES.contains(family) ? Way.APPLY_UNCHECKED : Way.PASS_BY;
    }

    /** {@code dk.rodtraad.concern.raised.v2} → {@code dk.rodtraad.concern.raised}. */
    private static String family(String type) {
        return type.substring(0, type.lastIndexOf(".v"));
    }

    private static Set<String> families(Collection<EventType> types) {
        return types.stream().map(type -> family(type.type())).collect(Collectors.toUnmodifiableSet());
    }
}
