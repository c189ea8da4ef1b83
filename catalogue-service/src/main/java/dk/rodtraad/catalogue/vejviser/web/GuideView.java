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

    /** @param interventions the linked interventions as "name (code)", or the bare code of one the catalogue lacks */
    @TemplateData
    public record Level(String name, String lookFor, String whatToDo, String whomToInvolve, String parentsAndNetwork,
            List<String> interventions) {
    }

    public static List<GuideView> of(VejviserContent content, LanguageContent language, Map<String, String> interventionNames) {
        return language.groups().stream().flatMap(g -> g.signs().stream()).map(sign -> new GuideView(sign.code(), sign.name(),
                language.scale().stream().flatMap(level -> content.entries().stream()
                        .filter(e -> e.sign().equals(sign.code()) && e.level().equals(level.code()))
                        .map(e -> new Level(level.name(), e.lookFor(), e.whatToDo(), e.whomToInvolve(), e.parentsAndNetwork(),
                                e.interventions().stream().map(code -> interventionNames.containsKey(code)
                                        ? interventionNames.get(code) + " (" + code + ")" : code).toList())))
                        .toList()))
                .toList();
    }
}
