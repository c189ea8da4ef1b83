package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** Prevention level (forebyggelsesniveau): primary for all children, secondary for children at risk, tertiary where the problems are present. */
public enum PreventionLevel implements Coded {
    PRIMAER, SEKUNDAER, TERTIAER;

    @JsonCreator
    public static PreventionLevel of(String value) {
        return Coded.parse(PreventionLevel.class, value);
    }
}
