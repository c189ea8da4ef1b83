package dk.rodtraad.networkmeeting.fidelity;

/** Whether a group of a fidelity report shows its numbers ({@link Suppression}). */
public enum Visibility {
    SHOWN,
    /** Fewer than 5 courses: "for få". */
    TOO_FEW,
    /** Enough courses, but hidden so that a smaller group's numbers cannot be worked out from it and the rest. */
    HIDDEN_TO_PROTECT
}
