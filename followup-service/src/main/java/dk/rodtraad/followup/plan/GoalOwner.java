package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.codes.Coded;

/** Whose goal it is: the professional's, the family's or the child's own (the latter two in their own words). */
public enum GoalOwner implements Coded {
    FAGPERSON,
    FAMILIEN,
    BARNET
}
