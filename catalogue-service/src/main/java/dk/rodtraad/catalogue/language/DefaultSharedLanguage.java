package dk.rodtraad.catalogue.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.versioning.FirstVersion;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A new municipality starts with a complete shared language (shared-language/default.json, in Danish) as version 1,
 * published, so professionals can record concerns from the first day; the katalogredaktør adapts it from there.
 */
@ApplicationScoped
public class DefaultSharedLanguage {

    private static final Logger LOG = Logger.getLogger(DefaultSharedLanguage.class);

    private final SharedLanguage language;
    private final ObjectMapper json;
    private final boolean enabled;

    public DefaultSharedLanguage(SharedLanguage language, ObjectMapper json,
            @ConfigProperty(name = "rodtraad.catalogue.default-shared-language", defaultValue = "true") boolean enabled) {
        this.language = language;
        this.json = json;
        this.enabled = enabled;
    }

    void publishIfNoneExists(@Observes StartupEvent started) throws Throwable {
        if (enabled && FirstVersion.publishIfNoneExists(language, this::defaultContent)) {
            LOG.info("Published the default shared language as version 1");
        }
    }

    LanguageContent defaultContent() {
        return FirstVersion.read(json, "/shared-language/default.json", LanguageContent.class);
    }
}
