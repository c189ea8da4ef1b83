package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.concern.access.Professional;
import dk.rodtraad.concern.coordination.CoordinationView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * Who works on the child's case, in Danish.
 *
 * @param needsTovholder cross-disciplinary and still without its one tovholder
 * @param mine           the one looking is the tovholder, and so the one who may hand the task over
 * @param version        the coordination's version, to send back with a change
 */
@TemplateData
public record CoordinationCard(String tovholder, boolean needsTovholder, List<String> disciplines,
        List<String> involved, boolean mine, long version) {

    static CoordinationCard of(CoordinationView view, String me) {
        return new CoordinationCard(view.tovholder(), view.crossDisciplinary() && view.tovholder() == null,
                view.disciplines().stream().map(Labels::profession).toList(),
                view.involved().stream().map(CoordinationCard::name).toList(), me.equals(view.tovholder()),
                view.version());
    }

    /** An involved professional as the page names them: username and discipline. */
    static String name(Professional professional) {
        return professional.username() + " (" + Labels.profession(professional.profession()) + ")";
    }
}
