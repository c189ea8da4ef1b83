package dk.rodtraad.followup.fit;

/**
 * The municipality's own data that expected progress is derived from: the mean change of ended plans by intake band
 * and session number. followup-service answers it from its tables (the plans' scores); the rules only ask.
 */
@FunctionalInterface
public interface ReferenceChanges {

    /** No data at all: the open default rule holds everywhere. */
    ReferenceChanges NONE = (band, sessionNumber) -> MeanChange.NONE;

    /** The mean change at {@code sessionNumber} (1 is the intake session) among ended plans of the band. */
    MeanChange at(IntakeBand band, int sessionNumber);
}
