package dk.rodtraad.catalogue.vejviser;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.versioning.FirstVersion;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * A new municipality starts with a complete Vejviser in Danish (vejviser/default.json) as version 1, published, so
 * staff and families have guidance from the first day. Its links to interventions are kept only where the catalogue
 * has them: a new catalogue is empty, and the katalogredaktør links its own offers in the next version.
 */
@ApplicationScoped
public class DefaultVejviser {

    private static final Logger LOG = Logger.getLogger(DefaultVejviser.class);

    private final Vejviser vejviser;
    private final ObjectMapper json;
    private final boolean enabled;

    public DefaultVejviser(Vejviser vejviser, ObjectMapper json,
            @ConfigProperty(name = "rodtraad.catalogue.default-vejviser", defaultValue = "true") boolean enabled) {
        this.vejviser = vejviser;
        this.json = json;
        this.enabled = enabled;
    }

    /** After the default shared language, whose signs the entries name. */
    void publishIfNoneExists(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent started) throws Throwable {
        if (enabled && FirstVersion.publishIfNoneExists(vejviser, () -> linkedOnlyTo(VertxContextSupport
                .subscribeAndAwait(() -> Panache.withSession(Vejviser::liveInterventionCodes)), defaultContent()))) {
            LOG.info("Published the default Vejviser as version 1");
        }
    }

    VejviserContent defaultContent() {
        return FirstVersion.read(json, "/vejviser/default.json", VejviserContent.class);
    }

    static VejviserContent linkedOnlyTo(Set<String> interventions, VejviserContent content) {
        return new VejviserContent(content.entries().stream().map(e -> new VejviserContent.Entry(e.sign(), e.level(),
                e.lookFor(), e.whatToDo(), e.whomToInvolve(), e.parentsAndNetwork(),
                e.interventions().stream().filter(interventions::contains).toList())).toList());
    }
}
