package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.codes.Coded;

/** Who made the first contact about the child (henvendelsen kom fra): a parent, the child, a professional, … */
public enum ContactFrom implements Coded {
    FORAELDER,
    /** The child or young person themselves. */
    BARNET,
    FAGPERSON,
    /** Someone of the family's network: a grandparent, a coach, a neighbour. */
    NETVAERK,
    ANDEN
}
