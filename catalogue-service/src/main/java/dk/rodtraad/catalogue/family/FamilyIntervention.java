package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.intervention.Intervention;

import java.util.List;
import java.util.UUID;

/**
 * A published intervention as a family sees it: what it is, for whom, how to get it and whom to call. Nothing of the
 * catalogue's internals (capacity, competences, legal basis, evidence, editors) leaves through this view.
 *
 * @param signs   the names of the signs it helps with, in plain Danish
 * @param howToGet e.g. "Familien kan selv henvende sig"
 */
public record FamilyIntervention(UUID id, String name, String shortDescription, String longDescription,
        int ageFromYears, int ageToYears, List<String> signs, String department, String howToGet, int waitingWeeks,
        String contact, List<String> locations) {

    public static FamilyIntervention of(Intervention i, FamilyLanguage.Words words) {
        return new FamilyIntervention(i.id, i.name, i.shortDescription, i.longDescription, i.ageFromYears, i.ageToYears,
                words.namesOf(i.signs), i.department,
                i.access.label(), i.waitingWeeks, i.contact, i.locations);
    }
}
