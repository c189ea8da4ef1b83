package dk.rodtraad.networkmeeting.agreement;

import dk.rodtraad.chassis.codes.Coded;

/** What became of an agreement when it was followed up (opfølgning) at a meeting. */
public enum FollowUpOutcome implements Coded {
    GENNEMFOERT,
    DELVIST,
    IKKE_GENNEMFOERT,
    AENDRET,
    DROPPET
}
