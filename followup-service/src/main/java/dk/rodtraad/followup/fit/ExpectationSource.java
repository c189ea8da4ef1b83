package dk.rodtraad.followup.fit;

import dk.rodtraad.chassis.codes.Coded;

/** Which rule of {@link ExpectationRule} set an {@link Expectation}, so the page can say which one was used. */
public enum ExpectationSource implements Coded {
    /** The open default: anything but a reliable deterioration before session 4, then a reliable improvement. */
    DEFAULT,
    /** Derived from the municipality's own ended plans of the same intake band. */
    DERIVED;

    @Override
    public String code() {
        return switch (this) {
            case DEFAULT -> "standard";
            case DERIVED -> "kommunens-data";
        };
    }
}
