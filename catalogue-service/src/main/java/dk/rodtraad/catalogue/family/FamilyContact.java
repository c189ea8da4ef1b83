package dk.rodtraad.catalogue.family;

import io.smallrye.config.ConfigMapping;

/**
 * Whom a family can call or write to when the search finds nothing: the municipality's family counselling
 * ({@code rodtraad.family.contact.*}; the demo values are the fictitious Rødby Kommune's).
 */
@ConfigMapping(prefix = "rodtraad.family.contact")
public interface FamilyContact {
    /** e.g. "Familierådgivningen i Rødby Kommune" */
    String name();

    String phone();

    String email();

    /** the opening hours in plain Danish, e.g. "Mandag–torsdag 8–15, fredag 8–13" */
    String hours();
}
