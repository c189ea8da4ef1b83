package dk.rodtraad.followup.fit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/**
 * The FIT forms, by code: the outcome forms ORS (Outcome Rating Scale), CORS (the child version) and YCORS (the young
 * child version), filled in at the start of a session; the alliance forms SRS (Session Rating Scale), CSRS and YCSRS,
 * at its end. Each is four items on a 0–10 line. Only the name is stored here, never the wording (it is licensed).
 */
public enum FitForm implements Coded {
    ORS, CORS, YCORS, SRS, CSRS, YCSRS;

    /** The age from which a child rates on the child form (CORS), and from which on the adult form (ORS). */
    static final int CHILD_FORM_FROM_AGE = 6;
    static final int ADULT_FORM_FROM_AGE = 13;

    /** An outcome form (how things are going); else an alliance form (how the session went). */
    public boolean isOutcome() {
        return this == ORS || this == CORS || this == YCORS;
    }

    /**
     * The outcome form of this form's family (ORS for SRS, CORS for CSRS, YCORS for YCSRS; an outcome form itself).
     * Intake bands and expectations are kept per family: a CORS total is not an ORS total.
     */
    public FitForm outcomeFamily() {
        return switch (this) {
            case ORS, SRS -> ORS;
            case CORS, CSRS -> CORS;
            case YCORS, YCSRS -> YCORS;
        };
    }

    /** The outcome form for a rater when the child is {@code childAgeYears} old: adults and children from 13 ORS, 6–12 CORS, under 6 YCORS. */
    public static FitForm outcomeFor(Rater rater, int childAgeYears) {
        if (childAgeYears < 0) {
            throw new IllegalArgumentException("A child's age of " + childAgeYears);
        }
        if (rater.isAdult() || childAgeYears >= ADULT_FORM_FROM_AGE) {
            return ORS;
        }
        return childAgeYears >= CHILD_FORM_FROM_AGE ? CORS : YCORS;
    }

    /** The alliance form that goes with {@link #outcomeFor}: SRS with ORS, CSRS with CORS, YCSRS with YCORS. */
    public static FitForm allianceFor(Rater rater, int childAgeYears) {
        return switch (outcomeFor(rater, childAgeYears)) {
            case ORS -> SRS;
            case CORS -> CSRS;
            default -> YCSRS;
        };
    }

    @JsonCreator
    public static FitForm of(String value) {
        return Coded.parse(FitForm.class, value);
    }
}
