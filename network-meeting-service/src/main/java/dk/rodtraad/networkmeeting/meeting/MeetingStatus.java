package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.codes.Coded;

/** A meeting is planned (planlagt), held (afholdt) or cancelled (aflyst). */
public enum MeetingStatus implements Coded {
    PLANLAGT,
    AFHOLDT,
    AFLYST
}
