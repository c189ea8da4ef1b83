package dk.rodtraad.networkmeeting.agreement;

import dk.rodtraad.chassis.codes.Coded;

/**
 * Where an agreement stands: open (åben) until a follow-up closes it as done (gennemført), changed (ændret: a new
 * agreement replaces it) or dropped (droppet). A follow-up of partly or not done leaves it open, to the next meeting.
 */
public enum AgreementStatus implements Coded {
    AABEN,
    GENNEMFOERT,
    AENDRET,
    DROPPET
}
