package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.codes.Coded;

/** The authority's assessment, due within 24 hours of receipt, of whether the child needs help at once. */
public enum Urgency implements Coded {
    AKUT,
    IKKE_AKUT
}
