package dk.rodtraad.catalogue.language;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A new municipality starts with a complete shared language (shared-language/default.json, in Danish) as version 1,
 * published, so professionals can record concerns from the first day; the katalogredaktør adapts it from there.
 */
@ApplicationScoped
public class DefaultSharedLanguage {

    static final String SYSTEM_USER = "rodtraad";
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
        if (!enabled) {
            return;
        }
        long existing = VertxContextSupport.subscribeAndAwait(language::count);
        if (existing > 0) {
            return;
        }
        LanguageContent content = defaultContent();
        VertxContextSupport.subscribeAndAwait(() -> language.createDraft(content, SYSTEM_USER)
                .chain(draft -> language.publish(draft.number(), draft.version(), SYSTEM_USER)));
        LOG.info("Published the default shared language as version 1");
    }

    LanguageContent defaultContent() {
        try (var in = DefaultSharedLanguage.class.getResourceAsStream("/shared-language/default.json")) {
            return json.readValue(in, LanguageContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
