package dk.rodtraad.concern.archfixture;

import dk.rodtraad.catalogue.archfixture.CatalogueFeature;

/** Breaks rule (a): a class of concern-service using a class of catalogue-service. */
public class ConcernUsesCatalogue {

    public String describe() {
        return new CatalogueFeature().name();
    }
}
