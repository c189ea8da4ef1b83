package dk.rodtraad.catalogue.language;

import dk.rodtraad.chassis.time.StoredTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.VersionedDocument;
import dk.rodtraad.catalogue.versioning.VersionedDocuments;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.Comparator;
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
public class SharedLanguage implements VersionedDocuments<LanguageContent> {

    /** The municipality's one shared language: the Kafka key of all its versions. */
    public static final UUID ID = UUID.nameUUIDFromBytes("rodtraad:shared-language".getBytes());

    private final Outbox outbox;
    private final Validator validator;
    private final VersionedDocument<LanguageVersion, LanguageContent> document;
    private final StoredTime time;

    public SharedLanguage(Outbox outbox, Validator validator, ObjectMapper json, StoredTime time) {
        this.time = time;
        this.outbox = outbox;
        this.validator = validator;
        this.document = new VersionedDocument<>(LanguageVersion.class, LanguageVersion::new, LanguageContent.class,
                "Det fælles sprog", json, time);
    }

    @Override
    @WithSession
    public Uni<List<VersionView<LanguageContent>>> versions(boolean withDrafts) {
        return document.newestFirst(withDrafts).map(all -> all.stream().map(document::view).toList());
    }

    @WithSession
    public Uni<VersionView<LanguageContent>> current() {
        return document.currentPublished()
                .onItem().ifNull().failWith(() -> NotFound.nameable("Der er endnu ikke offentliggjort et fælles sprog"))
                .map(document::view);
    }

    @Override
    @WithSession
    public Uni<VersionView<LanguageContent>> version(int number, boolean withDrafts) {
        return document.version(number, withDrafts).map(document::view);
    }

    /** The version in force and its content, or null before the first is published. */
    @WithSession
    public Uni<VersionView<LanguageContent>> currentOrNull() {
        return document.currentPublished().map(version -> version == null ? null : document.view(version));
    }

    /** The signs of the version in force, code to name, in the taxonomy's order: what others may refer to. */
    @WithSession
    public Uni<Map<String, String>> currentSigns() {
        return document.currentPublished().map(version -> {
            var signs = new LinkedHashMap<String, String>();
            if (version != null) {
                document.content(version).groups().forEach(g -> g.signs().forEach(s -> signs.put(s.code(), s.name())));
            }
            return signs;
        });
    }

    @Override
    @WithSession
    public Uni<Long> count() {
        return document.count();
    }

    @Override
    @WithTransaction
    public Uni<VersionView<LanguageContent>> createDraft(LanguageContent content, String editor) {
        requireSound(content);
        return document.createDraft(content, editor).map(document::view);
    }

    @Override
    @WithTransaction
    public Uni<VersionView<LanguageContent>> updateDraft(int number, long expectedVersion, LanguageContent content) {
        requireSound(content);
        return document.updateDraft(number, expectedVersion, content).map(document::view);
    }

    @Override
    @WithTransaction
    public Uni<VersionView<LanguageContent>> publish(int number, long expectedVersion, String editor) {
        return document.publish(number, expectedVersion, editor)
                .call(published -> outbox.publish(EventType.TAXONOMY_PUBLISHED_V1, ID, published(published)))
                .map(document::view);
    }

    /**
     * The API has checked each field already; the editor's pages build the content from small forms (a sign added, a
     * group removed), so the fields are checked here again, and every way in meets the same rules.
     */
    private void requireSound(LanguageContent content) {
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
        LanguageRules.check(content);
    }

    private TaxonomyPublishedV1 published(LanguageVersion version) {
        LanguageContent content = document.content(version);
        return new TaxonomyPublishedV1(ID, version.number, version.publishedAt,
                content.groups().stream().map(g -> new TaxonomyPublishedV1.SignGroup(g.code(), g.name(),
                        g.signs().stream().map(s -> new TaxonomyPublishedV1.Sign(s.code(), s.name(), s.description(),
                                s.ageFromYears(), s.ageToYears())).toList())).toList(),
                content.scale().stream().map(l -> new TaxonomyPublishedV1.ScaleLevel(l.code(), l.name(), l.meaning(),
                        l.guidance())).toList(),
                new TaxonomyPublishedV1.AcuteFlag(content.acute().name(), content.acute().guidance()));
    }
}
