package dk.rodtraad.chassis.inbox;

import org.apache.kafka.common.header.Headers;

/**
 * A record's value as {@link CloudEventDeserializer} read it on the consumer's polling thread, before the
 * {@link Inbox} takes its batch: the data as it travelled (what a dead letter carries on), and either the event,
 * checked against its type's schema where the contracts have one, or why it is no event at all. Reading and checking
 * here, while the inbox's transaction for the batch before is still with the database, is what lets a replay use
 * both cores (docs/events.md, "How fast").
 */
public final class Arrival {

    private final String data;
    private final ReceivedEvent event;
    private final PoisonEventException unreadable;
    private final PoisonEventException breach;

    private Arrival(String data, ReceivedEvent event, PoisonEventException unreadable, PoisonEventException breach) {
        this.data = data;
        this.event = event;
        this.unreadable = unreadable;
        this.breach = breach;
    }

    /** Reads the record's CloudEvent and checks a type of the contracts against its schema; never throws. */
    static Arrival read(Headers headers, String data, ContractCheck contracts) {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(headers, data);
        } catch (PoisonEventException notAnEvent) {
            return new Arrival(data, null, notAnEvent, null);
        }
        try {
            contracts.check(event);
            return new Arrival(data, event, null, null);
        } catch (PoisonEventException breach) {
            return new Arrival(data, event, null, breach);
        }
    }

    /** The record's value as it travelled, null for a record without one. */
    public String data() {
        return data;
    }

    /** @throws PoisonEventException when the record is not a Rød Tråd CloudEvent with a JSON object as its data */
    ReceivedEvent event() {
        if (unreadable != null) {
            throw unreadable;
        }
        return event;
    }

    /** @throws PoisonEventException naming each field of the data that breaks its type's schema */
    void satisfiesItsSchema() {
        if (breach != null) {
            throw breach;
        }
    }
}
