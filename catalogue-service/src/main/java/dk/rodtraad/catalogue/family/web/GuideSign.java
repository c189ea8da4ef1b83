package dk.rodtraad.catalogue.family.web;

import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.UUID;

/** What the Vejviser says to parents about one sign: a part per level of the concern scale that has guidance. */
@TemplateData
public record GuideSign(String code, String name, String description, List<Level> levels) {

    /** @param help the published interventions the guide links to; retired, paused or draft ones are left out */
    @TemplateData
    public record Level(String name, String lookFor, List<Help> help) {
    }

    @TemplateData
    public record Help(UUID id, String name, String shortDescription) {
    }
}
