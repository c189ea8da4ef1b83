package dk.rodtraad.concern.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The newest shared language this service has received from catalogue-service (its {@link SharedLanguageCopy}): the
 * one reader of that copy. A concern is recorded in it and records its version; the pages show its names. Until the
 * first version has arrived there is none, and whatever needs one is {@link NotAvailable} (503).
 */
@ApplicationScoped
public class TaxonomyInForce {

    static final String NOT_YET = "Det fælles sprog er endnu ikke modtaget fra indsatskataloget. Prøv igen om lidt.";

    private final ObjectMapper json;
    private final AtomicReference<Taxonomy> kept = new AtomicReference<>();

    public TaxonomyInForce(ObjectMapper json) {
        this.json = json;
    }

    /** Call inside a session. Empty until the first version has arrived (a page says so instead of failing). */
    public Uni<Optional<TaxonomyPublishedV1>> published() {
        return SharedLanguageCopy.newest().map(copy -> Optional.ofNullable(copy).map(this::read));
    }

    /** Call inside a session. The language as catalogue-service published it; {@link NotAvailable} before any. */
    public Uni<TaxonomyPublishedV1> required() {
        return published().map(found -> found.orElseThrow(() -> new NotAvailable(NOT_YET)));
    }

    /**
     * Call inside the caller's session. The version and its sign codes, which a recorded concern must use. Every
     * concern asks, so only the newest version's number is read each time: a published version never changes, so its
     * codes are read and parsed once (7 KB of JSON, until then at every concern) and kept until a newer one is stored,
     * by whichever instance's consumer stored it.
     */
    public Uni<Taxonomy> current() {
        return SharedLanguageCopy.newestVersion()
                .onItem().ifNull().failWith(() -> new NotAvailable(NOT_YET))
                .chain(version -> {
                    Taxonomy known = kept.get();
                    return known != null && known.version() == version ? Uni.createFrom().item(known)
                            : SharedLanguageCopy.<SharedLanguageCopy>findById(version).map(this::keep);
                });
    }

    private Taxonomy keep(SharedLanguageCopy copy) {
        var taxonomy = new Taxonomy(copy.version, read(copy).groups().stream()
                .flatMap(group -> group.signs().stream())
                .map(TaxonomyPublishedV1.Sign::code)
                .collect(Collectors.toSet()));
        kept.set(taxonomy);
        return taxonomy;
    }

    private TaxonomyPublishedV1 read(SharedLanguageCopy copy) {
        try {
            return json.readValue(copy.content, TaxonomyPublishedV1.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
