package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** How well an intervention's method is documented to work (evidensniveau). */
public enum EvidenceLevel implements Coded {
    EVIDENSBASERET, DOKUMENTERET, LOVENDE, LOKAL_PRAKSIS;

    @JsonCreator
    public static EvidenceLevel of(String value) {
        return Coded.parse(EvidenceLevel.class, value);
    }
}
