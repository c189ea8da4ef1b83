package dk.rodtraad.chassis.security;

/**
 * The realm roles from Keycloak (deploy/keycloak/rodtraad-realm.json). A frontline professional's discipline is
 * not a role but the {@code profession} claim: sundhedsplejerske, paedagog, laerer, klubmedarbejder.
 */
public final class Roles {

    /** Frontline professional: health nurse, pædagog, teacher, club worker. */
    public static final String FAGPERSON = "fagperson";
    /** Authority caseworker (myndighedsrådgiver): receives notifications (underretninger). */
    public static final String MYNDIGHED = "myndighed";
    /** Catalogue editor: keeps the catalogue of interventions and the Vejviser current. */
    public static final String KATALOGREDAKTOER = "katalogredaktoer";
    /** Analyst: reads pseudonymised event streams, never who the child is. */
    public static final String ANALYTIKER = "analytiker";
    /**
     * Data protection (databeskyttelse): answers a citizen's request to learn who looked up a child's data, with the
     * citizen's report (concern-service's {@code /indsigt}); sees no case.
     */
    public static final String DATABESKYTTELSE = "databeskyttelse";
    public static final String ADMIN = "admin";
    /**
     * Leader (leder): sees how the municipality works, in numbers of groups only (network-meeting-service's fidelity
     * view, {@code /troskab}); sees no child and no case.
     */
    public static final String LEDER = "leder";

    private Roles() {
    }
}
