package dk.rodtraad.chassis.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/**
 * A child's timeline as the API's JSON, made cheap to read often: each entry is rendered (its payload read, its
 * Danish sentence made, written as JSON) once, and kept by its event id, as an event never changes once it happened.
 * A read then asks PostgreSQL only for the ids in the timeline's order (from the index alone) and renders just the
 * entries this instance has not seen yet. A new version of the service starts with an empty cache, so new sentence
 * wording applies to the entries already stored, as before. The same ids tell whether a client's copy is still current
 * ({@link #version}), before anything is rendered.
 */
@ApplicationScoped
@IfBuildProperty(name = TimelineProjector.ENABLED, stringValue = "true")
public class TimelineReader {

    /** The order of {@link TimelineEntry#forChild}, read from the index (child_id, occurred_at, event_id) alone. */
    private static final String IDS_IN_ORDER =
            "select event_id from timeline_entry where child_id = $1 order by occurred_at, event_id";
    private static final byte[] OPEN = {'['};
    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE = {']'};

    private final Pool database;
    private final ObjectMapper json;
    private final TimelineSentences sentences;
    private final Cache<UUID, byte[]> rendered;
    private final byte[] serviceVersion;

    public TimelineReader(Pool database, ObjectMapper json, TimelineSentences sentences,
            @ConfigProperty(name = "rodtraad.timeline.cache-megabytes", defaultValue = "16") int megabytes,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.database = database;
        this.json = json;
        this.sentences = sentences;
        this.serviceVersion = version.getBytes(StandardCharsets.UTF_8);
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024L * 1024L)
                .<UUID, byte[]>weigher((id, entry) -> entry.length + 64)
                .build();
    }

    /**
     * The ids of the child's timeline, in {@link TimelineEntry#forChild}'s order. Call after the access check and the
     * audit entry, outside any session: the ids come through a pooled connection of their own (the SQL client, not
     * Hibernate: 500 rows of one uuid each cost Hibernate Reactive's row machinery more than the rest of the read), and
     * a request that held a session's connection while it waited for a second one could deadlock the pool under load
     * (ADR 0027).
     */
    public Uni<List<UUID>> ids(UUID child) {
        return database.preparedQuery(IDS_IN_ORDER).execute(Tuple.of(child)).map(rows -> {
            var ids = new ArrayList<UUID>(rows.size());
            rows.forEach(row -> ids.add(row.getUUID(0)));
            return ids;
        });
    }

    /**
     * The timeline of these ids as a JSON array of {@link TimelineEntryView}s, in their order. Call outside any
     * session, as {@link #ids}.
     */
    public Uni<Buffer> json(List<UUID> ids) {
        return entries(ids).map(TimelineReader::joined);
    }

    /**
     * The timeline's version, for its entity tag: a digest of its entries' ids in their order and of this version of
     * the service (whose sentences the entries are written in). An entry never changes once it happened, so the same
     * ids are the same timeline.
     */
    public String version(List<UUID> ids) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(serviceVersion);
            var id = ByteBuffer.allocate(2 * Long.BYTES);
            for (UUID each : ids) {
                digest.update(id.clear().putLong(each.getMostSignificantBits())
                        .putLong(each.getLeastSignificantBits()).array());
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Each entry's JSON, in the ids' order: from the cache, or read and rendered for those it does not hold. */
    private Uni<byte[][]> entries(List<UUID> ids) {
        var parts = new byte[ids.size()][];
        var missing = new HashMap<UUID, Integer>();
        for (int i = 0; i < parts.length; i++) {
            parts[i] = rendered.getIfPresent(ids.get(i));
            if (parts[i] == null) {
                missing.put(ids.get(i), i);
            }
        }
        if (missing.isEmpty()) {
            return Uni.createFrom().item(parts);
        }
        return Panache.withSession(() -> TimelineEntry.<TimelineEntry>list("eventId in ?1", missing.keySet())).map(entries -> {
            for (TimelineEntry entry : entries) {
                byte[] part = render(entry);
                rendered.put(entry.eventId, part);
                parts[missing.get(entry.eventId)] = part;
            }
            return parts;
        });
    }

    /**
     * The parts as one JSON array without copying them: a composite buffer over the kept entries and the brackets and
     * commas between them, which Netty writes to the socket as it is. A timeline of 500 entries is about 350 KB; at
     * 200 reads a second, a joined copy per read filled the young generation every few hundred milliseconds, and the
     * copies of reads still in flight were promoted until the old generation was full too.
     */
    private static Buffer joined(byte[][] parts) {
        var pieces = new byte[parts.length == 0 ? 2 : 2 * parts.length + 1][];
        int at = 0;
        pieces[at++] = OPEN;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pieces[at++] = COMMA;
            }
            pieces[at++] = parts[i];
        }
        pieces[at] = CLOSE;
        return Buffer.buffer(Unpooled.wrappedBuffer(pieces));
    }

    private byte[] render(TimelineEntry entry) {
        try {
            // Read once, for both the data and the sentence.
            JsonNode data = json.readTree(entry.payload);
            return json.writeValueAsBytes(new TimelineEntryView(entry.eventId, entry.occurredAt, entry.eventType,
                    entry.source, data, sentences.sentence(entry.eventType, data)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
