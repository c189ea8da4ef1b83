package dk.rodtraad.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A record of the topic as the case system receives it, and the records no outlet can deliver. */
class NotificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID ID = UUID.fromString("0c009af5-f149-42cd-a649-5396b97055b6");
    private static final String CHILD = "a4436dbc-758b-4222-bc59-7d18ffb9fee9";

    @Test
    void isTheCloudEventInStructuredJsonWithThePayloadAsData() throws Exception {
        var notification = Notification.of(record(ID.toString(), "{\"notificationId\":\"3f2a\"}"), JSON);

        assertEquals(ID, notification.id());
        assertEquals(JSON.readTree("""
                {"specversion":"1.0","id":"0c009af5-f149-42cd-a649-5396b97055b6",
                 "type":"dk.rodtraad.concern.notification-received.v1","source":"/rodtraad/concern-service",
                 "subject":"a4436dbc-758b-4222-bc59-7d18ffb9fee9","time":"2026-11-26T10:15:00.5Z",
                 "datacontenttype":"application/json","data":{"notificationId":"3f2a"}}"""),
                JSON.readTree(notification.json()));
    }

    @Test
    void aRecordWithoutAUuidIdOrAJsonObjectCannotBeDelivered() {
        assertEquals("ce_id is not a UUID", assertThrows(Notification.NotDeliverable.class,
                () -> Notification.of(record("../../etc/passwd", "{}"), JSON)).getMessage());
        assertEquals("the data is not a JSON object", assertThrows(Notification.NotDeliverable.class,
                () -> Notification.of(record(ID.toString(), "[1]"), JSON)).getMessage());
        assertEquals("the data is not JSON", assertThrows(Notification.NotDeliverable.class,
                () -> Notification.of(record(ID.toString(), "{not json"), JSON)).getMessage());
    }

    private static ConsumerRecord<String, String> record(String id, String value) {
        var record = new ConsumerRecord<>("rodtraad.authority.notifications", 0, 7L, CHILD, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id);
        header(record, "ce_type", "dk.rodtraad.concern.notification-received.v1");
        header(record, "ce_source", "/rodtraad/concern-service");
        header(record, "ce_subject", CHILD);
        header(record, "ce_time", "2026-11-26T10:15:00.5Z");
        return record;
    }

    private static void header(ConsumerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
