package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.codes.Coded;

/**
 * The grounds of the professionals' heightened duty to notify (skærpet underretningspligt, Barnets lov § 133,
 * carrying on servicelovens former § 153, stk. 1, nr. 1–4): the four situations in which a professional must notify.
 */
public enum Ground implements Coded {
    /** The child may need special support (særlig støtte). */
    SAERLIG_STOETTE,
    /** An unborn child may need special support right after birth. */
    UFOEDT_BARN,
    /** The child is absent from school without lawful reason (ulovligt skolefravær). */
    ULOVLIGT_SKOLEFRAVAER,
    /** The child has been abused, or is suspected to have been (overgreb). */
    OVERGREB
}
