package dk.rodtraad.followup.fit;

import dk.rodtraad.chassis.codes.Coded;

/** Why an alliance score is a concern: its total is 36 or lower (lav), or it fell from the same rater's previous one (faldet). */
public enum AllianceConcern implements Coded {
    LOW, DROPPED;

    @Override
    public String code() {
        return switch (this) {
            case LOW -> "lav";
            case DROPPED -> "faldet";
        };
    }
}
