package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.codes.Coded;

/**
 * Where a meeting takes place (mødested, Fleksibilitet og mobilitet): where the family is, rather than the office.
 * The town hall (rådhuset) is the municipality's office; every other place is outside it.
 */
public enum MeetingPlace implements Coded {
    HJEMMET,
    DAGTILBUD,
    SKOLE,
    KLUB,
    SUNDHEDSPLEJE,
    RAADHUS,
    ONLINE,
    ANDET;

    /** Whether the meeting is at the municipality's office rather than where the family is. */
    public boolean atTheOffice() {
        return this == RAADHUS;
    }
}
