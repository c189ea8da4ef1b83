package dk.rodtraad.concern.child.web;

import dk.rodtraad.chassis.time.DanishDates;
import java.time.LocalDate;

/** A basis of joining a case team in words: its label, and for consent when it was given, to whom and for what. */
public final class BasisText {

    static String of(String label, LocalDate consentGivenOn, String consentGivenTo, String consentScope) {
        return consentGivenOn == null ? label : label + ": givet " + DanishDates.date(consentGivenOn) + " til "
                + consentGivenTo + " om " + consentScope;
    }

    private BasisText() {
    }
}
