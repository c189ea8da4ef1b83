package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.codes.Coded;

/** Why a plan ended: every plan ends with one, so evaluation can tell a completed plan from one cut short. */
public enum PlanEndReason implements Coded {
    /** The intervention was carried through as planned. */
    GENNEMFOERT,
    /** The family chose to stop. */
    STOPPET_AF_FAMILIEN,
    /** The child moved on to another intervention (a new plan follows). */
    SKIFTET_INDSATS,
    /** The authority was notified (underretning): the case goes on there. */
    UNDERRETTET
}
