package dk.rodtraad.concern.language;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ServiceUnavailableException;

import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/** The newest shared language this service has received: a concern is recorded in it and records its version. */
@ApplicationScoped
public class TaxonomyInForce {

    private final ObjectMapper json;

    public TaxonomyInForce(ObjectMapper json) {
        this.json = json;
    }

    /** Call inside the caller's session. Without any version yet, signs cannot be recorded: 503. */
    public Uni<Taxonomy> current() {
        return SharedLanguageCopy.newest()
                .onItem().ifNull().failWith(() -> new ServiceUnavailableException(
                        "Det fælles sprog er endnu ikke modtaget fra indsatskataloget. Prøv igen om lidt."))
                .map(this::taxonomyOf);
    }

    private Taxonomy taxonomyOf(SharedLanguageCopy copy) {
        try {
            var published = json.readValue(copy.content, TaxonomyPublishedV1.class);
            return new Taxonomy(copy.version, published.groups().stream()
                    .flatMap(group -> group.signs().stream())
                    .map(TaxonomyPublishedV1.Sign::code)
                    .collect(Collectors.toSet()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
