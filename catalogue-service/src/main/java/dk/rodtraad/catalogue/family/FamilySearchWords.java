package dk.rodtraad.catalogue.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The family search's words, from configuration: the synonym groups ({@code family/synonymer.txt}, or the
 * municipality's own file at {@code rodtraad.family.synonyms-file}) and the filler words
 * ({@code rodtraad.family.filler-words}).
 */
@ApplicationScoped
public class FamilySearchWords {

    static final String DEFAULT_SYNONYMS = "family/synonymer.txt";

    @Produces
    @ApplicationScoped
    FamilyWords words(@ConfigProperty(name = "rodtraad.family.synonyms-file") Optional<String> file,
            @ConfigProperty(name = "rodtraad.family.filler-words") List<String> filler) {
        return new FamilyWords(FamilyWords.parseGroups(file.map(FamilySearchWords::read).orElseGet(FamilySearchWords::defaults)),
                filler);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("rodtraad.family.synonyms-file cannot be read: " + file, e);
        }
    }

    private static String defaults() {
        try (InputStream in = FamilySearchWords.class.getClassLoader().getResourceAsStream(DEFAULT_SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_SYNONYMS + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
