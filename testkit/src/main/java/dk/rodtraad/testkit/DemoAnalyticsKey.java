package dk.rodtraad.testkit;

/**
 * The child key of the analysts' pseudonymiser on the test and local stacks (docs/analytics.md, "The key"). Demo only,
 * and public by being here: a site's key is 32 random bytes or more from its secrets, never in a repository.
 */
public final class DemoAnalyticsKey {

    /** Base64 of "demo-key-for-the-analytics-stream-only" (38 bytes). */
    public static final String BASE64 = "ZGVtby1rZXktZm9yLXRoZS1hbmFseXRpY3Mtc3RyZWFtLW9ubHk=";
    public static final String KEY_ID = "demo-1";

    private DemoAnalyticsKey() {
    }
}
