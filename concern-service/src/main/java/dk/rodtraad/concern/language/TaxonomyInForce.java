package dk.rodtraad.concern.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.Optional;
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

    /** Call inside the caller's session. The version and its sign codes, which a recorded concern must use. */
    public Uni<Taxonomy> current() {
        return SharedLanguageCopy.newest()
                .onItem().ifNull().failWith(() -> new NotAvailable(NOT_YET))
                .map(copy -> new Taxonomy(copy.version, read(copy).groups().stream()
                        .flatMap(group -> group.signs().stream())
                        .map(TaxonomyPublishedV1.Sign::code)
                        .collect(Collectors.toSet())));
    }

    private TaxonomyPublishedV1 read(SharedLanguageCopy copy) {
        try {
            return json.readValue(copy.content, TaxonomyPublishedV1.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
