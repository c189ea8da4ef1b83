package dk.rodtraad.catalogue.archfixture;

/** A class of catalogue-service, for rule (a)'s fixture to use. */
public class CatalogueFeature {

    public String name() {
        return "catalogue";
    }
}
