package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.codes.Coded;

/** When a goal is evaluated: at one of the plan's reviews (opfølgning) or at its end (afslutning). */
public enum EvaluationOccasion implements Coded {
    OPFOELGNING,
    AFSLUTNING
}
