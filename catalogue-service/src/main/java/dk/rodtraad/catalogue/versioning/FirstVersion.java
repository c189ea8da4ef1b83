package dk.rodtraad.catalogue.versioning;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.VertxContextSupport;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A new municipality's first version of a versioned document, published at startup so the service works from the
 * first day; the katalogredaktør adapts it from there.
 */
public final class FirstVersion {

    /** Who started and published a document's first version: the system, not a person. */
    public static final String SYSTEM_USER = "rodtraad";

    /**
     * Publishes {@code content} as version 1 if the document has no version yet, blocking (at startup).
     *
     * @return whether it did
     */
    public static <C> boolean publishIfNoneExists(VersionedDocuments<C> document, Default<C> content) throws Throwable {
        if (VertxContextSupport.subscribeAndAwait(document::count) > 0) {
            return false;
        }
        C first = content.get();
        VertxContextSupport.subscribeAndAwait(() -> document.createDraft(first, SYSTEM_USER)
                .chain(draft -> document.publish(draft.number(), draft.version(), SYSTEM_USER)));
        return true;
    }

    /** The default content shipped in the service's resources, e.g. {@code /vejviser/default.json}. */
    public static <C> C read(ObjectMapper json, String resource, Class<C> type) {
        try (var in = FirstVersion.class.getResourceAsStream(resource)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first version's content, which may take a blocking look at the database. */
    @FunctionalInterface
    public interface Default<C> {
        C get() throws Throwable;
    }

    private FirstVersion() {
    }
}
