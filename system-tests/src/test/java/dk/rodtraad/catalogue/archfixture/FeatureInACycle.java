package dk.rodtraad.catalogue.archfixture;

import dk.rodtraad.catalogue.archfixture.cycle.FeatureUsingItBack;

/** Breaks the rule that packages are free of cycles: it uses a package that uses it back. */
public class FeatureInACycle {

    public String name(FeatureUsingItBack other) {
        return other.toString();
    }
}
