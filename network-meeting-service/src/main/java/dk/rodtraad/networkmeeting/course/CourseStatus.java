package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.codes.Coded;

/** Whether a course (forløb) is open (åben) or closed (lukket). */
public enum CourseStatus implements Coded {
    AABEN,
    LUKKET
}
