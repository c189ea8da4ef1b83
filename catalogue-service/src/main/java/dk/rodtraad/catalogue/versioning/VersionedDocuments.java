package dk.rodtraad.catalogue.versioning;

import io.smallrye.mutiny.Uni;

import java.util.List;

/**
 * A document the katalogredaktør publishes as a whole, one numbered version after the other (the shared language,
 * the Vejviser), as its API and pages use it. Each runs its own rules on what a draft may hold.
 *
 * @param <C> its content
 */
public interface VersionedDocuments<C> {

    /** Every version, newest first; drafts only when asked for. */
    Uni<List<VersionView<C>>> versions(boolean withDrafts);

    /** One version; a draft only when asked for, otherwise not found. */
    Uni<VersionView<C>> version(int number, boolean withDrafts);

    /** How many versions there are, drafts too: none before the first is started. */
    Uni<Long> count();

    /** Starts the next version as a draft; there is one draft at a time. */
    Uni<VersionView<C>> createDraft(C content, String editor);

    /** Changes the draft, if {@code expectedVersion} is still its version. */
    Uni<VersionView<C>> updateDraft(int number, long expectedVersion, C content);

    /** Publishes the draft: from now on it is immutable and in force. */
    Uni<VersionView<C>> publish(int number, long expectedVersion, String editor);
}
