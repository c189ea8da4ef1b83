package dk.rodtraad.catalogue.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.Interventions;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.UUID;

/**
 * Interventions stored straight through the service, so a page test can set up as the editor and still look as
 * any other role.
 */
@Singleton
public class WebFixtures {

    private final Interventions interventions;
    private final ObjectMapper json;

    WebFixtures(Interventions interventions, ObjectMapper json) {
        this.interventions = interventions;
        this.json = json;
    }

    /** @param content as {@link dk.rodtraad.catalogue.intervention.Fixtures#intervention} writes it */
    public Intervention draft(Map<String, Object> content) throws Throwable {
        InterventionContent parsed = json.convertValue(content, InterventionContent.class);
        return VertxContextSupport.subscribeAndAwait(() -> interventions.create(parsed, "karin"));
    }

    public Intervention inStatus(Map<String, Object> content, InterventionStatus... steps) throws Throwable {
        Intervention current = draft(content);
        for (InterventionStatus step : steps) {
            Intervention before = current;
            current = VertxContextSupport.subscribeAndAwait(() ->
                    interventions.changeStatus(before.id, before.lockVersion, step, "karin"));
        }
        return current;
    }

    /**
     * {@code count} published interventions found by one made-up word of their own, for a list long enough to page.
     *
     * @return the word
     */
    public String publishedMany(int count) throws Throwable {
        String word = "qpx" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        for (int i = 1; i <= count; i++) {
            var content = Fixtures.intervention(Fixtures.unique("side"), "Sideindsats " + i);
            content.put("longDescription", "En af mange indsatser på en lang liste. Mærket " + word + ".");
            inStatus(content, InterventionStatus.PUBLISHED);
        }
        return word;
    }
}
