package dk.rodtraad.catalogue.archfixture.cycle;

import dk.rodtraad.catalogue.archfixture.FeatureInACycle;

/** The other half of {@link FeatureInACycle}'s cycle. */
public class FeatureUsingItBack {

    public FeatureInACycle back() {
        return new FeatureInACycle();
    }
}
