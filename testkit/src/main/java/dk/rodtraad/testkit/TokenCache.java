package dk.rodtraad.testkit;

import dk.rodtraad.testkit.Tokens.AccessToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The demo users' access tokens, one per client and user, reused until a minute before Keycloak's lifespan for them
 * ends (15 minutes in the demo realm). A test of many requests asks Keycloak once, and a run longer than a token's
 * life never sends an expired one: the system tests once failed with 401s after 15 minutes because they kept the
 * first token forever. It asks for one token at a time: with brute-force protection on, Keycloak refuses a user's
 * logins that overlap ("user_temporarily_disabled"; its documented behaviour since 26), which work side by side would
 * otherwise send for the same user through two clients.
 */
public final class TokenCache {

    /** Renewed this long before it expires: a request sent just before the end must still be let in. */
    static final Duration MARGIN = Duration.ofMinutes(1);

    private final BiFunction<String, String, AccessToken> issue;
    private final Clock clock;
    private final Map<String, AccessToken> kept = new ConcurrentHashMap<>();
    private final Object oneLoginAtATime = new Object();

    TokenCache(BiFunction<String, String, AccessToken> issue, Clock clock) {
        this.issue = issue;
        this.clock = clock;
    }

    /** Tokens for the demo users (password {@link DemoUsers#PASSWORD}) from the realm at {@code realmUrl}. */
    public static TokenCache demoUsers(String realmUrl) {
        return new TokenCache((client, user) -> Tokens.passwordGrant(realmUrl, client, DemoClients.secret(client), user,
                DemoUsers.PASSWORD), Clock.systemUTC());
    }

    /** The user's token from the client: the kept one while it has more than {@link #MARGIN} left, else a new one. */
    public String token(String clientId, String user) {
        return kept.compute(clientId + " " + user, (key, known) ->
                known != null && known.validAt(clock.instant().plus(MARGIN)) ? known : issued(clientId, user))
                .value();
    }

    private AccessToken issued(String clientId, String user) {
        synchronized (oneLoginAtATime) {
            return issue.apply(clientId, user);
        }
    }
}
