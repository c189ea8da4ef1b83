package dk.rodtraad.concern.web;

import dk.rodtraad.concern.coordination.CoordinationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * Who works on the child's case, in Danish.
 *
 * @param needsTovholder cross-disciplinary and still without its one tovholder
 */
@TemplateData
public record CoordinationCard(String tovholder, boolean needsTovholder, List<String> disciplines,
        List<String> involved) {

    static CoordinationCard of(CoordinationView view) {
        return new CoordinationCard(view.tovholder(), view.crossDisciplinary() && view.tovholder() == null,
                view.disciplines().stream().map(Labels::profession).toList(),
                view.involved().stream().map(p -> p.username() + " (" + Labels.profession(p.profession()) + ")").toList());
    }
}
