package dk.rodtraad.concern.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.rodtraad.concern.recording.ConcernFixtures;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign codes a concern is checked against: the newest version's, read again once a newer one is stored. */
@QuarkusTest
class TaxonomyInForceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TaxonomyInForce taxonomy;

    @Test
    void aNewerVersionStoredAfterTheLastConcernIsTheOneInForceAtTheNext() throws Throwable {
        ConcernFixtures.signInForce();
        Taxonomy before = current();
        assertEquals(before, current(), "asked twice, the same version and codes");

        // Stored as the consumer of another instance would store it: this instance's taxonomy is not told.
        String added = "nyt-tegn-" + UUID.randomUUID();
        int newer = storeNewerVersionAdding(added);

        Taxonomy after = current();
        assertEquals(newer, after.version());
        assertTrue(after.signCodes().contains(added), "the newer version's own sign: " + after.signCodes());
        assertTrue(after.signCodes().containsAll(before.signCodes()));
        assertFalse(before.signCodes().contains(added));
    }

    private Taxonomy current() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(taxonomy::current));
    }

    /** The newest version again as a new one, with one sign more at the end (the other tests' signs stay in force). */
    private static int storeNewerVersionAdding(String signCode) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> SharedLanguageCopy.newest()
                .chain(newest -> {
                    var copy = new SharedLanguageCopy();
                    copy.version = newest.version + 1;
                    copy.publishedAt = Instant.parse("2026-12-01T08:00:00Z");
                    copy.content = asVersionWithSignAdded(newest.content, copy.version, signCode);
                    copy.receivedAt = Instant.now();
                    return copy.persist().replaceWith(copy.version);
                })));
    }

    private static String asVersionWithSignAdded(String content, int version, String signCode) {
        try {
            var language = (ObjectNode) JSON.readTree(content);
            language.put("version", version);
            ((ArrayNode) language.at("/groups/0/signs")).addObject().put("code", signCode).put("name", "Nyt tegn")
                    .put("description", "Et nyt tegn.").put("ageFromYears", 0).put("ageToYears", 18);
            return JSON.writeValueAsString(language);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
