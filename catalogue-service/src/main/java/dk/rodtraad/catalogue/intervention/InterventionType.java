package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** The kind of intervention (indsatstype), as the municipal overview of early interventions sorts them. */
public enum InterventionType implements Coded {
    RAADGIVNING, NETVAERKSGRUPPE, KONSULTATIV_SPARRING, CIVILSAMFUND, MELLEMFORM;

    @JsonCreator
    public static InterventionType of(String value) {
        return Coded.parse(InterventionType.class, value);
    }
}
