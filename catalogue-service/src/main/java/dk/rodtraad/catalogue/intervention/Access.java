package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** How a family gets an intervention (adgang): by itself, or referred by a professional. */
public enum Access implements Coded {
    FAMILIE_SELV, HENVISNING, BEGGE;

    @JsonCreator
    public static Access of(String value) {
        return Coded.parse(Access.class, value);
    }
}
