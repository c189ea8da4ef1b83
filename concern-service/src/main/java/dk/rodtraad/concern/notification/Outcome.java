package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.codes.Coded;

/** What the authority decided to do after a notification; the notifying professional is told. */
public enum Outcome implements Coded {
    /** No action (ingen foranstaltning). */
    INGEN_FORANSTALTNING,
    /** A limited inquiry (afdækning, Barnets lov § 19). */
    AFDAEKNING,
    /** A child-welfare investigation (børnefaglig undersøgelse, Barnets lov § 20). */
    BOERNEFAGLIG_UNDERSOEGELSE,
    /** Supporting measures (støtte, Barnets lov § 32). */
    STOETTE
}
