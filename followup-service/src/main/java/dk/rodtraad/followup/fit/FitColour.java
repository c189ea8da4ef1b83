package dk.rodtraad.followup.fit;

import dk.rodtraad.chassis.codes.Coded;

/**
 * The colour of a rater's series at a session, as FIT software shows it: grey (grå) until two outcome scores exist;
 * green (grøn) on or above the expected progress; orange below it but on or above the lower bound; red (rød) below the
 * lower bound, a reliable deterioration (5 points or more below the intake), or an alliance concern. Orange and red
 * raise an alert. Declared from least to most serious, so the plan's colour is the most serious of its raters'.
 */
public enum FitColour implements Coded {
    GREY, GREEN, ORANGE, RED;

    @Override
    public String code() {
        return switch (this) {
            case GREY -> "grå";
            case GREEN -> "grøn";
            case ORANGE -> "orange";
            case RED -> "rød";
        };
    }

    /** Orange and red call for a look at the practice or the intervention. */
    public boolean raisesAlert() {
        return this == ORANGE || this == RED;
    }

    /** The more serious of two colours. */
    public FitColour worst(FitColour other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
