package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.InterventionView;

import java.util.List;

/**
 * A published intervention suggested for a child, with why.
 *
 * @param matchedSigns the child's signs that the intervention addresses
 * @param explanation  the reason in plain Danish
 */
public record Suggestion(InterventionView intervention, List<Sign> matchedSigns, String explanation) {

    public record Sign(String code, String name) {
    }
}
