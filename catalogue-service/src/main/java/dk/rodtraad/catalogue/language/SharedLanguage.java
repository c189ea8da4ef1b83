package dk.rodtraad.catalogue.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The shared language (fælles sprog) of signs and the concern scale, versioned: the katalogredaktør edits one draft
 * at a time and publishes it; a published version never changes, and goes out as
 * {@code dk.rodtraad.catalogue.taxonomy-published.v1} so every service uses the same words.
 */
@ApplicationScoped
public class SharedLanguage {

    /** The municipality's one shared language: the Kafka key of all its versions. */
    public static final UUID ID = UUID.nameUUIDFromBytes("rodtraad:shared-language".getBytes());

    private final Outbox outbox;
    private final ObjectMapper json;

    public SharedLanguage(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @WithSession
    public Uni<List<LanguageVersionView>> versions(boolean withDrafts) {
        return LanguageVersion.newestFirst().map(all -> all.stream()
                .filter(v -> withDrafts || v.status == LanguageVersion.Status.PUBLISHED)
                .map(this::view).toList());
    }

    @WithSession
    public Uni<LanguageVersionView> current() {
        return LanguageVersion.currentPublished()
                .onItem().ifNull().failWith(() -> new NotFoundException("Der er endnu ikke offentliggjort et fælles sprog"))
                .map(this::view);
    }

    @WithSession
    public Uni<LanguageVersionView> version(int number, boolean withDrafts) {
        return LanguageVersion.<LanguageVersion>findById(number)
                .map(v -> v != null && (withDrafts || v.status == LanguageVersion.Status.PUBLISHED) ? v : null)
                .onItem().ifNull().failWith(() -> new NotFoundException("Version " + number + " findes ikke"))
                .map(this::view);
    }

    /** The signs of the version in force, code to name, in the taxonomy's order: what others may refer to. */
    @WithSession
    public Uni<Map<String, String>> currentSigns() {
        return LanguageVersion.currentPublished().map(version -> {
            var signs = new LinkedHashMap<String, String>();
            if (version != null) {
                read(version.content).groups().forEach(g -> g.signs().forEach(s -> signs.put(s.code(), s.name())));
            }
            return signs;
        });
    }

    @WithTransaction
    public Uni<LanguageVersionView> createDraft(LanguageContent content, String editor) {
        LanguageRules.check(content);
        return LanguageVersion.count("status", LanguageVersion.Status.DRAFT)
                .chain(drafts -> drafts > 0
                        ? Uni.createFrom().failure(new ClientErrorException("Der er allerede et udkast. Ret i det, eller offentliggør det først.", 409))
                        : LanguageVersion.nextNumber())
                .chain(number -> {
                    var draft = new LanguageVersion();
                    draft.number = number;
                    draft.status = LanguageVersion.Status.DRAFT;
                    draft.content = write(content);
                    draft.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    draft.createdBy = editor;
                    return draft.<LanguageVersion>persistAndFlush();
                })
                .map(this::view);
    }

    @WithTransaction
    public Uni<LanguageVersionView> updateDraft(int number, long expectedVersion, LanguageContent content) {
        LanguageRules.check(content);
        return draft(number, expectedVersion)
                .invoke(draft -> draft.content = write(content))
                .call(LanguageVersion::flush)
                .map(this::view);
    }

    @WithTransaction
    public Uni<LanguageVersionView> publish(int number, long expectedVersion, String editor) {
        return draft(number, expectedVersion)
                .invoke(draft -> {
                    draft.status = LanguageVersion.Status.PUBLISHED;
                    draft.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    draft.publishedBy = editor;
                })
                .call(LanguageVersion::flush)
                .call(published -> outbox.publish(EventType.TAXONOMY_PUBLISHED_V1, ID, published(published)))
                .map(this::view);
    }

    private Uni<LanguageVersion> draft(int number, long expectedVersion) {
        return LanguageVersion.<LanguageVersion>findById(number)
                .onItem().ifNull().failWith(() -> new NotFoundException("Version " + number + " findes ikke"))
                .invoke(version -> {
                    if (version.status == LanguageVersion.Status.PUBLISHED) {
                        throw new ClientErrorException("Version " + number
                                + " er offentliggjort og kan ikke ændres. Lav et nyt udkast.", 409);
                    }
                    if (version.lockVersion != expectedVersion) {
                        throw new OptimisticLockException("Draft " + number + " has changed");
                    }
                });
    }

    private TaxonomyPublishedV1 published(LanguageVersion version) {
        LanguageContent content = read(version.content);
        return new TaxonomyPublishedV1(ID, version.number, version.publishedAt,
                content.groups().stream().map(g -> new TaxonomyPublishedV1.SignGroup(g.code(), g.name(),
                        g.signs().stream().map(s -> new TaxonomyPublishedV1.Sign(s.code(), s.name(), s.description(),
                                s.ageFromYears(), s.ageToYears())).toList())).toList(),
                content.scale().stream().map(l -> new TaxonomyPublishedV1.ScaleLevel(l.code(), l.name(), l.meaning(),
                        l.guidance())).toList(),
                new TaxonomyPublishedV1.AcuteFlag(content.acute().name(), content.acute().guidance()));
    }

    private LanguageVersionView view(LanguageVersion v) {
        return new LanguageVersionView(v.number, v.status, v.createdAt, v.createdBy, v.publishedAt, v.publishedBy,
                v.lockVersion, read(v.content));
    }

    private String write(LanguageContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private LanguageContent read(String content) {
        try {
            return json.readValue(content, LanguageContent.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
