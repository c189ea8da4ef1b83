package dk.rodtraad.concern.web;

import java.time.LocalDate;

/** A basis of joining a case team in words: its label, and for consent when it was given, to whom and for what. */
final class BasisText {

    static String of(String label, LocalDate consentGivenOn, String consentGivenTo, String consentScope) {
        return consentGivenOn == null ? label : label + ": givet " + Formats.date(consentGivenOn) + " til "
                + consentGivenTo + " om " + consentScope;
    }

    private BasisText() {
    }
}
