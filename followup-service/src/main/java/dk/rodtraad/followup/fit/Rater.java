package dk.rodtraad.followup.fit;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/**
 * Who fills in the forms at a session: the child or young person (barnet/den unge), a parent (forælder), or another
 * adult the family names (anden voksen). Each rater has their own series of scores; they are never averaged.
 */
public enum Rater implements Coded {
    CHILD, PARENT, OTHER_ADULT;

    @Override
    public String code() {
        return switch (this) {
            case CHILD -> "barn";
            case PARENT -> "forælder";
            case OTHER_ADULT -> "anden-voksen";
        };
    }

    /** An adult rates on the adult form (ORS/SRS) whatever the child's age. */
    public boolean isAdult() {
        return this != CHILD;
    }

    @JsonCreator
    public static Rater of(String value) {
        return Coded.parse(Rater.class, value);
    }
}
