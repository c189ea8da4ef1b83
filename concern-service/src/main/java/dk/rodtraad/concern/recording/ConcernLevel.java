package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.codes.Coded;

/** The shared concern scale (TOPI's traffic light), the same in every department. */
public enum ConcernLevel implements Coded {
    /** grøn: the child thrives. */
    GREEN,
    /** gul: increased attention (øget opmærksomhed). */
    YELLOW,
    /** rød: serious concern (alvorlig bekymring). */
    RED
}
