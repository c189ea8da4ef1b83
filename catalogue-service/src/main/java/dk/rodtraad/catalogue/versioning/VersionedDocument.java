package dk.rodtraad.catalogue.versioning;

import dk.rodtraad.chassis.time.StoredTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.NotFound;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The life of a versioned document: one draft at a time, edited under optimistic locking, then published and
 * immutable. Runs in the caller's session or transaction; what publishing announces is the caller's business.
 *
 * @param <V> the entity of its versions
 * @param <C> its content
 */
public final class VersionedDocument<V extends DocumentVersion, C> {

    private final Class<V> versions;
    private final Supplier<V> newVersion;
    private final Class<C> contentType;
    private final String title;
    private final ObjectMapper json;
    private final StoredTime time;

    /** @param title the document's Danish name in messages, e.g. "Vejviseren" */
    public VersionedDocument(Class<V> versions, Supplier<V> newVersion, Class<C> contentType, String title,
            ObjectMapper json, StoredTime time) {
        this.time = time;
        this.versions = versions;
        this.newVersion = newVersion;
        this.contentType = contentType;
        this.title = title;
        this.json = json;
    }

    /** The version in force, or null before the first is published. */
    public Uni<V> currentPublished() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + entity() + " where status = :status order by number desc", versions)
                .setParameter("status", DocumentVersion.Status.PUBLISHED).setMaxResults(1).getSingleResultOrNull());
    }

    public Uni<List<V>> newestFirst(boolean withDrafts) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from " + entity() + " order by number desc", versions).getResultList())
                .map(all -> all.stream().filter(v -> withDrafts || v.published()).toList());
    }

    public Uni<V> version(int number, boolean withDrafts) {
        return Panache.getSession().chain(session -> session.find(versions, number))
                .map(v -> v != null && (withDrafts || v.published()) ? v : null)
                .onItem().ifNull().failWith(() -> NotFound.nameable("Version " + number + " findes ikke"));
    }

    public Uni<Long> count() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from " + entity(), Long.class).getSingleResult());
    }

    public Uni<V> createDraft(C content, String editor) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select count(*) from " + entity() + " where status = :status", Long.class)
                .setParameter("status", DocumentVersion.Status.DRAFT).getSingleResult()
                .chain(drafts -> drafts > 0
                        ? Uni.createFrom().failure(new Conflict("Der er allerede et udkast til " + lowerTitle()
                                + ". Ret i det, eller offentliggør det først."))
                        : session.createSelectionQuery("select coalesce(max(number), 0) + 1 from " + entity(), Integer.class)
                                .getSingleResult())
                .chain(number -> {
                    V draft = newVersion.get();
                    draft.number = number;
                    draft.status = DocumentVersion.Status.DRAFT;
                    draft.content = write(content);
                    draft.createdAt = time.now();
                    draft.createdBy = editor;
                    return session.persist(draft).chain(session::flush).replaceWith(draft);
                }));
    }

    public Uni<V> updateDraft(int number, long expectedVersion, C content) {
        return draft(number, expectedVersion)
                .invoke(draft -> draft.content = write(content))
                .call(draft -> Panache.getSession().chain(session -> session.flush()));
    }

    public Uni<V> publish(int number, long expectedVersion, String editor) {
        return draft(number, expectedVersion)
                .invoke(draft -> {
                    draft.status = DocumentVersion.Status.PUBLISHED;
                    draft.publishedAt = time.now();
                    draft.publishedBy = editor;
                })
                .call(draft -> Panache.getSession().chain(session -> session.flush()));
    }

    public C content(V version) {
        try {
            return json.readValue(version.content, contentType);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public VersionView<C> view(V v) {
        return new VersionView<>(v.number, v.status, v.createdAt, v.createdBy, v.publishedAt, v.publishedBy,
                v.lockVersion, content(v));
    }

    private Uni<V> draft(int number, long expectedVersion) {
        return Panache.getSession().chain(session -> session.find(versions, number))
                .onItem().ifNull().failWith(() -> NotFound.nameable("Version " + number + " findes ikke"))
                .invoke(version -> {
                    if (version.published()) {
                        throw new Conflict("Version " + number
                                + " er offentliggjort og kan ikke ændres. Lav et nyt udkast.");
                    }
                    if (version.lockVersion != expectedVersion) {
                        throw new OptimisticLockException("Draft " + number + " of " + entity() + " has changed");
                    }
                });
    }

    private String write(C content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String entity() {
        return versions.getSimpleName();
    }

    private String lowerTitle() {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
}
