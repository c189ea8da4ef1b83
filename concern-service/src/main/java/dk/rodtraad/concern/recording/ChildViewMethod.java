package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.codes.Coded;

/** How the child's own view was heard, adapted to the child's age. */
public enum ChildViewMethod implements Coded {
    SAMTALE,
    TEGNING,
    SMILEY_SKALA,
    /** For the smallest, who cannot yet tell: what the professional saw of the child's reactions. */
    OBSERVATION,
    ANDET
}
