package dk.rodtraad.concern.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.concern.language.SharedLanguageCopy;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The shared language in force as the form shows it: the signs by group with their names and the scale's levels with
 * their guidance, from this service's own copy (the service checks the codes against the same copy).
 */
@ApplicationScoped
class LanguageInForce {

    private final ObjectMapper json;

    LanguageInForce(ObjectMapper json) {
        this.json = json;
    }

    /** Call inside a session. Empty until the first version has arrived from catalogue-service. */
    Uni<Optional<TaxonomyPublishedV1>> current() {
        return SharedLanguageCopy.newest().map(copy -> Optional.ofNullable(copy).map(this::read));
    }

    private TaxonomyPublishedV1 read(SharedLanguageCopy copy) {
        try {
            return json.readValue(copy.content, TaxonomyPublishedV1.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
