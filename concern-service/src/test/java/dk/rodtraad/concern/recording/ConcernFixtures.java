package dk.rodtraad.concern.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.rodtraad.chassis.audit.AuditEntry;
import dk.rodtraad.chassis.outbox.OutboxEvent;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.language.SharedLanguageCopy;
import dk.rodtraad.contracts.Topics;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and database look-ups the concern tests share. Tests share one database, so every child is new. */
public final class ConcernFixtures {

    /** Reads a stored shared language as the service does: a field added to the contract later is ignored. */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConcernFixtures() {
    }

    /** A complete, valid concern about a child identified by CPR number and name, with a sign in force. */
    public static Map<String, Object> concern(String cpr, String name, String level, String setting) {
        var child = new HashMap<String, Object>();
        child.put("cpr", cpr);
        child.put("name", name);
        return concernAbout(child, level, setting);
    }

    /** A complete, valid concern about the child the given identity names. */
    public static Map<String, Object> concernAbout(Map<String, Object> child, String level, String setting) {
        var body = new HashMap<String, Object>();
        body.put("child", child);
        body.put("signs", List.of(signInForce()));
        body.put("level", level);
        body.put("setting", setting);
        body.put("observedOn", LocalDate.now().minusDays(2).toString());
        body.put("observation", "Trækker sig fra legen.");
        body.put("parents", new HashMap<>(Map.of("involvedOn", LocalDate.now().minusDays(1).toString(),
                "how", "samtale", "involvedBy", "Hanne, sundhedsplejerske",
                "perspective", "Vi har også set, at hun er stille derhjemme.")));
        body.put("childView", new HashMap<>(Map.of("method", "tegning", "view", "Tegnede sig selv alene.")));
        return body;
    }

    /**
     * A CPR-shaped number no other test uses, of a child born 2 to 16 years before this year: a serial from 4000 on
     * dates the year to the 2000s (the age rule refuses a child born after the day seen and anyone 18 or older).
     */
    public static String uniqueCpr() {
        // Day, month, year and serial drawn independently (30 million numbers): with month and year taken from the
        // serial there were 168,000, and a suite's few hundred children met the same number now and then.
        long n = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 28L * 12 * 15 * 6000);
        int year = LocalDate.now().getYear() - 2 - (int) (n / (28 * 12) % 15);
        return String.format("%02d%02d%02d-%04d", 1 + n % 28, 1 + n / 28 % 12, year % 100,
                4000 + n / (28 * 12 * 15));
    }

    /**
     * A sign code of the newest shared language this service holds. If none has arrived from catalogue-service yet
     * (another test class may publish some), version 1 is stored as if it had.
     */
    public static String signInForce() {
        try {
            var newest = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> SharedLanguageCopy
                    .newest().chain(copy -> copy != null ? Uni.createFrom().item(copy) : firstVersion().persist())));
            return JSON.readValue(((SharedLanguageCopy) newest).content, TaxonomyPublishedV1.class)
                    .groups().getFirst().signs().getFirst().code();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child's events for the timelines and the authority, in order: not the access events (ADR 0006). */
    public static List<OutboxEvent> outboxFor(UUID childId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxEvent.list("subjectId = ?1 and topic <> ?2 order by id", childId, Topics.CHILD_ACCESS)));
    }

    /** Every event about the child in the outbox, the access events on {@code rodtraad.concern.access} too. */
    public static List<OutboxEvent> allOutboxFor(UUID childId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> OutboxEvent.list("subjectId = ?1 order by id", childId)));
    }

    public static List<AuditEntry> auditOf(UUID childId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> AuditEntry.list("childId = ?1 order by id", childId)));
    }

    /** Children, concerns, their assessments and outgoing events: what a rejected request must leave as it was. */
    public static long storedConcernsAndChildren() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Concern.count()
                .chain(concerns -> Child.count().map(children -> concerns + children))
                .chain(sum -> ConcernAssessment.count().map(assessments -> sum + assessments))
                .chain(sum -> OutboxEvent.count().map(events -> sum + events))));
    }

    private static SharedLanguageCopy firstVersion() {
        var published = new TaxonomyPublishedV1(UUID.nameUUIDFromBytes("rodtraad:shared-language".getBytes()), 1,
                Instant.parse("2026-11-01T08:00:00Z"),
                List.of(new TaxonomyPublishedV1.SignGroup("sociale-relationer", "Sociale relationer", List.of(
                        new TaxonomyPublishedV1.Sign("isolerer-sig", "Isolerer sig", "Trækker sig fra andre.", 0, 18),
                        new TaxonomyPublishedV1.Sign("mobning", "Mobning", "Bliver holdt udenfor.", 3, 18)))),
                List.of(new TaxonomyPublishedV1.ScaleLevel("green", "Grøn", "Trives", "Fortsæt."),
                        new TaxonomyPublishedV1.ScaleLevel("yellow", "Gul", "Øget opmærksomhed", "Tal med forældrene."),
                        new TaxonomyPublishedV1.ScaleLevel("red", "Rød", "Alvorlig bekymring", "Overvej underretning.")),
                new TaxonomyPublishedV1.AcuteFlag("Akut", "Underret straks."));
        var copy = new SharedLanguageCopy();
        copy.version = 1;
        copy.publishedAt = published.publishedAt();
        try {
            copy.content = JSON.writeValueAsString(published);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        copy.receivedAt = Instant.now();
        return copy;
    }
}
