package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.recording.ConcernLevel;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;

import java.util.List;

/** The concern pages' choices that are not a code list: the professional's children, the shared scale's levels. */
public final class Choices {

    /**
     * The professional's children to pick one of, each by name, birth date and masked CPR number, so children with the
     * same name can be told apart ("Test Barn, født 3. marts 2019 (030319-****)").
     */
    public static List<Option> children(List<Child> children, String chosen) {
        return Option.of(children, child -> child.id.toString(), ChildRow::described, chosen);
    }

    /** The shared scale's levels with what each means and what to do, as the shared language words them. */
    public static List<Option> levels(TaxonomyPublishedV1 inForce, String chosen) {
        return inForce.scale().stream()
                .map(level -> new Option(level.code(), levelLabel(level.code()) + " – " + level.meaning(),
                        level.guidance(), level.code().equals(chosen)))
                .toList();
    }

    /** A level's Danish name by its code; a code the service does not know shows as itself. */
    public static String levelLabel(String code) {
        return Coded.find(ConcernLevel.class, code).map(Coded::label).orElse(code);
    }

    private Choices() {
    }
}
