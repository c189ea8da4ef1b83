package dk.rodtraad.concern.child.web;

import dk.rodtraad.chassis.directory.People;
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

    static CoordinationCard of(CoordinationView view, String me, People.Names names) {
        return new CoordinationCard(names.of(view.tovholder()), view.crossDisciplinary() && view.tovholder() == null,
                view.disciplines().stream().map(Labels::profession).toList(),
                view.involved().stream().map(p -> name(p, names)).toList(), me.equals(view.tovholder()),
                view.version());
    }

    /** An involved professional as the page names them: name and discipline, else username and discipline. */
    static String name(Professional professional, People.Names names) {
        String named = names.of(professional.username());
        return named.equals(professional.username())
                ? named + " (" + Labels.profession(professional.profession()) + ")" : named;
    }
}
