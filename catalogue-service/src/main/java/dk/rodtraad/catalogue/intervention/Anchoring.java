package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** Where an intervention is anchored (forankring) in the municipality. */
public enum Anchoring implements Coded {
    ALMENOMRAADET, SPECIALPAEDAGOGIK, SUNDHED, SPECIALISERET_SOCIALOMRAADE, CIVILSAMFUND;

    @JsonCreator
    public static Anchoring of(String value) {
        return Coded.parse(Anchoring.class, value);
    }
}
