package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.codes.Coded;

/** How the parents were involved. */
public enum ParentContact implements Coded {
    SAMTALE,
    TELEFON,
    /** møde */
    MOEDE,
    BREV,
    ANDET
}
