package dk.rodtraad.testkit;

/** The demo realm's users (deploy/keycloak/rodtraad-realm.json). Demo only: never import that realm in production. */
public final class DemoUsers {

    public static final String REALM = "rodtraad";
    public static final String PASSWORD = "rodtraad";

    /** Health nurse (fagperson, profession sundhedsplejerske). */
    public static final String HANNE = "hanne";
    /** Daycare pædagog (fagperson, profession paedagog). */
    public static final String PETER = "peter";
    /** Teacher (fagperson, profession laerer). */
    public static final String LISE = "lise";
    /** Club worker (fagperson, profession klubmedarbejder). */
    public static final String KASPER = "kasper";
    /** Authority caseworker (myndighed). */
    public static final String METTE = "mette";
    /** Data protection (databeskyttelse): the citizen's report of the look-ups of a child's data. */
    public static final String DORTE = "dorte";
    /** Catalogue editor (katalogredaktoer). */
    public static final String KARIN = "karin";
    /** Analyst (analytiker). */
    public static final String ANDERS = "anders";
    /** IT administrator (admin). */
    public static final String IDA = "ida";
    /** Leader (leder): the fidelity view's numbers, no child's data. */
    public static final String LONE = "lone";

    /** Who they are, for the local stack's welcome text: user, role, profession. */
    public static final String[][] TABLE = {
            {HANNE, "fagperson", "sundhedsplejerske"},
            {PETER, "fagperson", "pædagog"},
            {LISE, "fagperson", "lærer"},
            {KASPER, "fagperson", "klubmedarbejder"},
            {METTE, "myndighed", ""},
            {DORTE, "databeskyttelse", ""},
            {KARIN, "katalogredaktoer", ""},
            {ANDERS, "analytiker", ""},
            {IDA, "admin", ""},
            {LONE, "leder", ""},
    };

    private DemoUsers() {
    }
}
