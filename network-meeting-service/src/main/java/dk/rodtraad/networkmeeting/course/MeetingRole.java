package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.codes.Coded;

/**
 * The role a person has around the child in a course (rolle i mødet): what a perspective is attributed to, what a
 * network participant is to the family, who carries an agreement. Events carry these codes, never a name.
 */
public enum MeetingRole implements Coded {
    MOR(Group.FAMILIE),
    FAR(Group.FAMILIE),
    /** Another parent or the one who has the care of the child. */
    FORAELDER(Group.FAMILIE),
    BARNET(Group.BARN),
    DEN_UNGE(Group.BARN),
    SOESKENDE(Group.NETVAERK),
    BEDSTEMOR(Group.NETVAERK),
    BEDSTEFAR(Group.NETVAERK),
    /** An aunt, an uncle, a cousin. */
    ANDEN_SLAEGTNING(Group.NETVAERK),
    VEN(Group.NETVAERK),
    NABO(Group.NETVAERK),
    TRAENER(Group.NETVAERK),
    /** A volunteer of a civil-society effort. */
    FRIVILLIG(Group.NETVAERK),
    ANDEN_FRA_NETVAERKET(Group.NETVAERK),
    SUNDHEDSPLEJERSKE(Group.FAGPERSON),
    PAEDAGOG(Group.FAGPERSON),
    LAERER(Group.FAGPERSON),
    KLUBMEDARBEJDER(Group.FAGPERSON),
    ANDEN_FAGPERSON(Group.FAGPERSON);

    /** Which side of the meeting a role belongs to. */
    public enum Group {
        /** The parents (forældrene). */
        FAMILIE,
        /** The child or young person. */
        BARN,
        /** The family's network: relatives, friends, coach, volunteer. */
        NETVAERK,
        /** A professional (fagperson). */
        FAGPERSON
    }

    private final Group group;

    MeetingRole(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    /** A professional's role in a meeting: their discipline ({@code profession} claim), else another professional. */
    public static MeetingRole ofDiscipline(String discipline) {
        return Coded.find(MeetingRole.class, discipline).orElse(ANDEN_FAGPERSON);
    }
}
