package dk.rodtraad.networkmeeting.network;

import dk.rodtraad.chassis.codes.Coded;

/** Whether a network participant is of the family's own network or from a civil-society effort (civilsamfund). */
public enum NetworkKind implements Coded {
    FAMILIENETVAERK,
    /** A volunteer of e.g. Frederikssund's or Socialstyrelsen's civil-society efforts; may name the catalogue's intervention. */
    CIVILSAMFUND
}
