package dk.rodtraad.chassis.security;

import java.util.Arrays;
import java.util.Optional;

/** A frontline professional's discipline: the {@code profession} claim Keycloak puts in the token. */
public enum Profession {
    SUNDHEDSPLEJERSKE("sundhedsplejerske", "sundhedsplejerske"),
    PAEDAGOG("paedagog", "pædagog"),
    LAERER("laerer", "lærer"),
    KLUBMEDARBEJDER("klubmedarbejder", "klubmedarbejder");

    private final String claim;
    private final String label;

    Profession(String claim, String label) {
        this.claim = claim;
        this.label = label;
    }

    /** The Danish word, as the UI shows it. */
    public String label() {
        return label;
    }

    public static Optional<Profession> ofClaim(String claim) {
        return Arrays.stream(values()).filter(p -> p.claim.equals(claim)).findFirst();
    }
}
