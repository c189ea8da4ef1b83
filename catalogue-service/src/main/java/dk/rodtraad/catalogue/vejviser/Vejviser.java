package dk.rodtraad.catalogue.vejviser;

import dk.rodtraad.chassis.time.StoredTime;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.versioning.VersionView;
import dk.rodtraad.catalogue.versioning.VersionedDocument;
import dk.rodtraad.catalogue.versioning.VersionedDocuments;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.catalogue.VejviserPublishedV1;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Vejviser (the guide), versioned like the shared language: the katalogredaktør edits one draft at a time and
 * publishes it; a published version never changes and goes out as {@code dk.rodtraad.catalogue.vejviser-published.v1}.
 * Every entry must speak the shared language in force and link only interventions that are not retired.
 */
@ApplicationScoped
public class Vejviser implements VersionedDocuments<VejviserContent> {

    /** The municipality's one Vejviser: the Kafka key of all its versions. */
    public static final UUID ID = UUID.nameUUIDFromBytes("rodtraad:vejviser".getBytes());

    private final Outbox outbox;
    private final SharedLanguage language;
    private final VersionedDocument<VejviserVersion, VejviserContent> document;
    private final StoredTime time;

    public Vejviser(Outbox outbox, SharedLanguage language, ObjectMapper json, StoredTime time) {
        this.time = time;
        this.outbox = outbox;
        this.language = language;
        this.document = new VersionedDocument<>(VejviserVersion.class, VejviserVersion::new, VejviserContent.class,
                "Vejviseren", json, time);
    }

    @Override
    @WithSession
    public Uni<List<VersionView<VejviserContent>>> versions(boolean withDrafts) {
        return document.newestFirst(withDrafts).map(all -> all.stream().map(document::view).toList());
    }

    @WithSession
    public Uni<VersionView<VejviserContent>> current() {
        return document.currentPublished()
                .onItem().ifNull().failWith(() -> NotFound.nameable("Der er endnu ikke offentliggjort en Vejviser"))
                .map(document::view);
    }

    @Override
    @WithSession
    public Uni<VersionView<VejviserContent>> version(int number, boolean withDrafts) {
        return document.version(number, withDrafts).map(document::view);
    }

    @Override
    @WithSession
    public Uni<Long> count() {
        return document.count();
    }

    @Override
    @WithTransaction
    public Uni<VersionView<VejviserContent>> createDraft(VejviserContent content, String editor) {
        return requireSound(content).chain(language -> document.createDraft(content, editor)).map(document::view);
    }

    @Override
    @WithTransaction
    public Uni<VersionView<VejviserContent>> updateDraft(int number, long expectedVersion, VejviserContent content) {
        return requireSound(content).chain(language -> document.updateDraft(number, expectedVersion, content))
                .map(document::view);
    }

    /** Checked again on publishing: an intervention may have been retired since the draft was written. */
    @Override
    @WithTransaction
    public Uni<VersionView<VejviserContent>> publish(int number, long expectedVersion, String editor) {
        return document.version(number, true)
                .chain(draft -> requireSound(document.content(draft)))
                .chain(languageVersion -> document.publish(number, expectedVersion, editor)
                        .call(published -> outbox.publish(EventType.VEJVISER_PUBLISHED_V1, ID,
                                published(published, languageVersion))))
                .map(document::view);
    }

    /** @return the number of the shared language version the content was checked against */
    private Uni<Integer> requireSound(VejviserContent content) {
        return language.currentOrNull().chain(current -> {
            if (current == null) {
                throw new Conflict("Offentliggør det fælles sprog, før Vejviseren skrives");
            }
            return liveInterventionCodes().map(interventions -> {
                var problems = VejviserRules.check(content, signsOf(current.content()), levelsOf(current.content()),
                        interventions);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return current.number();
            });
        });
    }

    static Set<String> signsOf(LanguageContent language) {
        return language.groups().stream().flatMap(g -> g.signs().stream()).map(LanguageContent.Sign::code)
                .collect(Collectors.toSet());
    }

    static Set<String> levelsOf(LanguageContent language) {
        return language.scale().stream().map(LanguageContent.ScaleLevel::code).collect(Collectors.toSet());
    }

    static Uni<Set<String>> liveInterventionCodes() {
        return Intervention.<Intervention>list("status <> ?1", InterventionStatus.RETIRED)
                .map(all -> all.stream().map(i -> i.code).collect(Collectors.toSet()));
    }

    private VejviserPublishedV1 published(VejviserVersion version, int languageVersion) {
        return new VejviserPublishedV1(ID, version.number, languageVersion, version.publishedAt,
                document.content(version).entries().stream().map(e -> new VejviserPublishedV1.Entry(e.sign(), e.level(),
                        e.lookFor(), e.whatToDo(), e.whomToInvolve(), e.parentsAndNetwork(), e.interventions())).toList());
    }
}
