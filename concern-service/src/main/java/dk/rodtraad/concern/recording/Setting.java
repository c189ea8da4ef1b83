package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.codes.Coded;

/** Where the professional saw the signs. */
public enum Setting implements Coded {
    SUNDHEDSPLEJE,
    DAGTILBUD,
    SKOLE,
    FRITID,
    HJEMMET,
    ANDET
}
