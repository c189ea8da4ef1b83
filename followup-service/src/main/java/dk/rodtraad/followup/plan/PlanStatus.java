package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.codes.Coded;

/** Whether a plan (indsatsplan) runs (aktiv) or has ended (afsluttet). */
public enum PlanStatus implements Coded {
    AKTIV,
    AFSLUTTET
}
