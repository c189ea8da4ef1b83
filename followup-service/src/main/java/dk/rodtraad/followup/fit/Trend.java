package dk.rodtraad.followup.fit;

import dk.rodtraad.chassis.codes.Coded;

import java.math.BigDecimal;

/**
 * Where a series is heading, for the timeline, which says the trend and the colour, never the scores: too early (fewer
 * than two outcome scores), improving (fremgang: a reliable improvement since the intake), no progress (ingen fremgang
 * efter N sessioner: no reliable change either way), deteriorating (tilbagegang: a reliable deterioration). Declared
 * from least to most serious, so the plan's trend is the most serious of its raters'.
 */
public enum Trend implements Coded {
    TOO_EARLY, IMPROVING, NO_PROGRESS, DETERIORATING;

    @Override
    public String code() {
        return switch (this) {
            case TOO_EARLY -> "for-tidligt";
            case IMPROVING -> "fremgang";
            case NO_PROGRESS -> "ingen-fremgang";
            case DETERIORATING -> "tilbagegang";
        };
    }

    /** The trend from the intake and the latest outcome total of a series with at least two scores. */
    static Trend between(BigDecimal intake, BigDecimal latest) {
        if (ReliableChange.isDeterioration(intake, latest)) {
            return DETERIORATING;
        }
        return ReliableChange.isImprovement(intake, latest) ? IMPROVING : NO_PROGRESS;
    }

    /** The more serious of two trends. */
    public Trend worst(Trend other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
