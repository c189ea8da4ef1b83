package dk.rodtraad.catalogue.vejviser.web;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.vejviser.VejviserContent;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/**
 * One version of the Vejviser as staff read it: every sign of the shared language in its order, each with its
 * guidance per level of the scale, and the linked interventions by name.
 */
@TemplateData
public record GuideView(String code, String name, List<Level> levels) {

    /** @param interventions the linked interventions, each a link to its page in the catalogue */
    @TemplateData
    public record Level(String name, String lookFor, String whatToDo, String whomToInvolve, String parentsAndNetwork,
            List<Linked> interventions) {
    }

    /**
     * An intervention the guidance points to, by name with a link to its page; {@code href} is null for a code the
     * catalogue does not have (then the name is the code, so the editor can put it right).
     */
    @TemplateData
    public record Linked(String name, String href) {
    }

    /** @param interventions the catalogue's interventions that the content names, by code */
    public static List<GuideView> of(VejviserContent content, LanguageContent language,
            Map<String, Linked> interventions) {
        return language.groups().stream().flatMap(g -> g.signs().stream()).map(sign -> new GuideView(sign.code(), sign.name(),
                language.scale().stream().flatMap(level -> content.entries().stream()
                        .filter(e -> e.sign().equals(sign.code()) && e.level().equals(level.code()))
                        .map(e -> new Level(level.name(), e.lookFor(), e.whatToDo(), e.whomToInvolve(), e.parentsAndNetwork(),
                                e.interventions().stream()
                                        .map(code -> interventions.getOrDefault(code, new Linked(code, null))).toList())))
                        .toList()))
                .toList();
    }
}
