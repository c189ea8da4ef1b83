package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.codes.Coded;

/**
 * How the child's own voice was heard, adapted to the child's age: the same codes as concern-service's
 * {@code ChildViewMethod} (samtale, tegning, smiley-skala, observation, andet), so the two services speak one list.
 */
public enum ChildVoiceMethod implements Coded {
    SAMTALE,
    TEGNING,
    SMILEY_SKALA,
    /** For the smallest, who cannot yet tell: what the professional saw of the child's reactions. */
    OBSERVATION,
    ANDET
}
