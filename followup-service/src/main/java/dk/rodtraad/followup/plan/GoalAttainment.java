package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.codes.Coded;

/** How far a goal was reached when it was evaluated. */
public enum GoalAttainment implements Coded {
    NAAET,
    DELVIST,
    IKKE_NAAET
}
