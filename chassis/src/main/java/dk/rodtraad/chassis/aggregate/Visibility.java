package dk.rodtraad.chassis.aggregate;

/** Whether a group of an aggregate report shows its numbers ({@link Suppression}). */
public enum Visibility {
    SHOWN,
    /** Fewer than {@link Suppression#MINIMUM}: "for få". */
    TOO_FEW,
    /** Enough, but hidden so that a smaller group's numbers cannot be worked out from it and the rest. */
    HIDDEN_TO_PROTECT
}
