package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.Profession;

/**
 * A professional as the pages show one: this service knows their username and discipline (from concern-service's
 * grants and the token), not their name, so "hanne (sundhedsplejerske)".
 */
public final class People {

    public static String professional(String username, String discipline) {
        return discipline == null ? username
                : username + " (" + Profession.ofClaim(discipline).map(Profession::label).orElse(discipline) + ")";
    }

    private People() {
    }
}
