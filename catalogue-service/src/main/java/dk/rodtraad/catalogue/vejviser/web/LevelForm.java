package dk.rodtraad.catalogue.vejviser.web;

import dk.rodtraad.catalogue.vejviser.VejviserContent;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Arrays;
import java.util.List;

/**
 * The Vejviser's guidance on one sign at one level, as the form shows and sends it: the four texts, and the linked
 * interventions by code, one per line. A level left wholly blank has no entry.
 *
 * @param level the scale's code (green, yellow, red), which prefixes the level's field names: {@code green.lookFor}
 */
@TemplateData
public record LevelForm(String level, String levelName, String lookFor, String whatToDo, String whomToInvolve,
        String parentsAndNetwork, String interventions) {

    static final List<String> FIELDS = List.of("lookFor", "whatToDo", "whomToInvolve", "parentsAndNetwork", "interventions");

    static LevelForm of(String level, String levelName, VejviserContent.Entry entry) {
        return entry == null ? new LevelForm(level, levelName, "", "", "", "", "")
                : new LevelForm(level, levelName, entry.lookFor(), entry.whatToDo(), entry.whomToInvolve(),
                        entry.parentsAndNetwork(), String.join("\n", entry.interventions()));
    }

    static LevelForm read(String level, String levelName, MultivaluedMap<String, String> form) {
        return new LevelForm(level, levelName, field(form, level + ".lookFor"), field(form, level + ".whatToDo"),
                field(form, level + ".whomToInvolve"), field(form, level + ".parentsAndNetwork"),
                field(form, level + ".interventions"));
    }

    boolean blank() {
        return lookFor.isBlank() && whatToDo.isBlank() && whomToInvolve.isBlank() && parentsAndNetwork.isBlank()
                && interventions.isBlank();
    }

    VejviserContent.Entry entry(String sign) {
        return new VejviserContent.Entry(sign, level, lookFor.strip(), whatToDo.strip(), whomToInvolve.strip(),
                parentsAndNetwork.strip(), Arrays.stream(interventions.split("[\\n,]")).map(String::strip)
                        .filter(code -> !code.isEmpty()).toList());
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
