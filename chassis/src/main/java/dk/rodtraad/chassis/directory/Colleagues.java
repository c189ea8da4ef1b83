package dk.rodtraad.chassis.directory;

import dk.rodtraad.chassis.outage.TransientFailure;
import dk.rodtraad.chassis.problem.NotAvailable;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The directory of colleagues: Keycloak's users with the realm role {@code fagperson} and a known discipline, read
 * with the admin REST client as the service's own service account, which may only view users: concern-service's
 * pickers, and every service's pages' names ({@link People}, ADR 0038). The calls block, so
 * they run on a worker thread and come back on the caller's Vert.x context (its reactive session stays usable). The
 * users are listed in one call and kept for {@link #KEPT}, so a picker's keystrokes do not each ask Keycloak; the
 * role (effective: through groups and composite roles too) is asked only for the users a search or a look-up finds,
 * and kept as long.
 */
@ApplicationScoped
public class Colleagues {

    static final Duration KEPT = Duration.ofSeconds(30);
    /**
     * How long a call may wait for Keycloak's answer. The admin client has no read timeout of its own, so a Keycloak
     * that accepts the connection and then hangs (overloaded, paused) would hold the page, and a worker thread, without
     * bound; after this the page shows the names as last known ({@link #directory()}) or the picker an error, and
     * the thread is free.
     */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    /**
     * After Keycloak has not answered, how long the directory does not ask it again: while Keycloak is away, a page
     * shows the names it last knew (or usernames) at once, instead of every page waiting {@link #ANSWER_WITHIN}.
     */
    static final Duration AWAY_FOR = Duration.ofSeconds(10);
    private static final int MOST = 2000;
    static final String KEYCLOAK_AWAY = "Kolleger kan ikke slås op lige nu, fordi brugerkataloget ikke svarer. "
            + "Intet er gemt. Prøv igen om lidt.";
    private static final Logger LOG = Logger.getLogger(Colleagues.class);
    /** A picker shows this many at the most; a longer list asks for a narrower search. */
    static final int SHOWN = 25;

    private final String realm;
    private final Keycloak keycloak;
    private final StoredTime time;
    private volatile Kept<List<Candidate>> candidates;
    private final Map<String, Kept<Boolean>> fagperson = new ConcurrentHashMap<>();
    private volatile Instant awaySince = Instant.MIN;

    private record Kept<T>(Instant at, T value) {
        boolean freshAt(Instant now) {
            return at.plus(KEPT).isAfter(now);
        }
    }

    /** A user with a discipline, not yet known to have the role fagperson. */
    private record Candidate(String userId, Colleague colleague) {
    }

    public Colleagues(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String secret, StoredTime time) {
        this.time = time;
        int realms = realmUrl.indexOf("/realms/");
        this.realm = realmUrl.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(realmUrl.substring(0, realms))
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(secret)
                .resteasyClient(Keycloak.getClientProvider().newRestEasyClient(null, null, false)
                        .property(QuarkusRestClientProperties.READ_TIMEOUT, ANSWER_WITHIN.toMillis()))
                .build();
    }

    @PreDestroy
    void close() {
        keycloak.close();
    }

    /** The professional by username; empty for an unknown user and for anyone not a fagperson with a discipline. */
    public Uni<Optional<Colleague>> find(String username) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,100}")) {
            return Uni.createFrom().item(Optional.empty());
        }
        return candidates().chain(all -> blocking(() -> all.stream()
                .filter(candidate -> candidate.colleague().username().equalsIgnoreCase(username))
                .filter(Colleagues::hasDiscipline)
                .filter(this::isFagperson).map(Candidate::colleague).findFirst()));
    }

    /**
     * Everyone Keycloak knows, with their discipline if they have one, as kept for {@link #KEPT}: whom the pages name
     * by username, so a page asks Keycloak at most once. While Keycloak is away, everyone as last known: the pages
     * only show names from it (who may do what is never decided on what was known before).
     */
    public Uni<List<Colleague>> directory() {
        return candidates().onFailure(NotAvailable.class).recoverWithUni(failure -> {
            var known = candidates;
            return known == null ? Uni.createFrom().failure(failure) : Uni.createFrom().item(known.value());
        }).map(all -> all.stream().map(Candidate::colleague).toList());
    }

    /**
     * @param text       words of the name or username, any case and accents; blank for everyone
     * @param discipline a discipline's claim value, or blank for all
     */
    public Uni<List<Colleague>> search(String text, String discipline) {
        var words = text == null ? List.<String>of() : List.of(text.strip().split("\\s+")).stream()
                .filter(word -> !word.isBlank()).toList();
        return candidates().chain(all -> blocking(() -> all.stream()
                .filter(Colleagues::hasDiscipline)
                .filter(candidate -> discipline == null || discipline.isBlank()
                        || candidate.colleague().discipline().equals(discipline))
                .filter(candidate -> {
                    var colleague = candidate.colleague();
                    String haystack = searchable(colleague.name() + " " + colleague.username());
                    return words.stream().allMatch(word -> haystack.contains(fold(word, true))
                            || haystack.contains(fold(word, false)));
                })
                .filter(this::isFagperson)
                .limit(SHOWN)
                .map(Candidate::colleague)
                .toList()));
    }

    private Uni<List<Candidate>> candidates() {
        var known = candidates;
        if (known != null && known.freshAt(time.now())) {
            return Uni.createFrom().item(known.value());
        }
        return blocking(this::load).invoke(loaded -> candidates = new Kept<>(time.now(), loaded));
    }

    /** Every enabled user, in one call to Keycloak: the directory names everyone, the pickers only professionals. */
    private List<Candidate> load() {
        return ask(keycloak -> keycloak.realm(realm).users().search(null, 0, MOST, false)).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                .map(user -> new Candidate(user.getId(), new Colleague(user.getUsername(), name(user),
                        attribute(user, "profession"), user.getEmail(), attribute(user, "phone"))))
                .sorted(Comparator.comparing((Candidate candidate) -> candidate.colleague().name())
                        .thenComparing(candidate -> candidate.colleague().username()))
                .toList();
    }

    private static boolean hasDiscipline(Candidate candidate) {
        return Profession.ofClaim(candidate.colleague().discipline()).isPresent();
    }

    /** Blocking: asks Keycloak for the user's effective realm roles unless known within {@link #KEPT}. */
    private boolean isFagperson(Candidate candidate) {
        var known = fagperson.get(candidate.userId());
        if (known != null && known.freshAt(time.now())) {
            return known.value();
        }
        boolean has = ask(keycloak -> keycloak.realm(realm).users().get(candidate.userId()).roles().realmLevel()
                .listEffective()).stream().map(RoleRepresentation::getName).anyMatch(Roles.FAGPERSON::equals);
        fagperson.put(candidate.userId(), new Kept<>(time.now(), has));
        return has;
    }

    private static String name(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String attribute(UserRepresentation user, String name) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Both ways Danish letters are typed without them: Mølgaard is found as "moelgaard" and as "molgaard". */
    private static String searchable(String text) {
        return fold(text, true) + " " + fold(text, false);
    }

    /** Lower case, accents dropped; æ, ø, å written out (ae, oe, aa) or as the plain letter (a, o, a). */
    private static String fold(String text, boolean writtenOut) {
        String lower = text.toLowerCase(Locale.ROOT);
        lower = writtenOut ? lower.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                : lower.replace("æ", "a").replace("ø", "o").replace("å", "a");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /**
     * Blocking: Keycloak's answer, unless it has not answered within the last {@link #AWAY_FOR} (a clock set back, by
     * NTP or a test, does not lengthen that). An answer ends the time away.
     */
    private <T> T ask(Function<Keycloak, T> call) {
        Instant now = time.now();
        Instant since = awaySince;
        if (!now.isBefore(since) && now.isBefore(since.plus(AWAY_FOR))) {
            throw new NotAvailable(KEYCLOAK_AWAY);
        }
        T answer = call.apply(keycloak);
        awaySince = Instant.MIN;
        return answer;
    }

    /**
     * Runs a blocking call off the event loop, and comes back on the caller's context. Keycloak away or hanging is
     * told as such (503, {@link #KEYCLOAK_AWAY}), not as the database away that the same kind of failure would
     * otherwise be taken for, and is not asked again for {@link #AWAY_FOR}.
     */
    private <T> Uni<T> blocking(Supplier<T> call) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(TransientFailure::is).transform(failure -> {
                    awaySince = time.now();
                    LOG.warnf("Keycloak's directory of colleagues did not answer; not asked again for %s: %s",
                            AWAY_FOR, failure.toString());
                    return new NotAvailable(KEYCLOAK_AWAY);
                });
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
