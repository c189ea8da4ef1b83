package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The directory of colleagues: Keycloak's users with the realm role {@code fagperson} and a known discipline, read
 * with the admin REST client as concern-service's service account, which may only view users. The calls block, so
 * they run on a worker thread and come back on the caller's Vert.x context (its reactive session stays usable); the
 * list is kept for {@link #KEPT} so a picker's keystrokes do not each ask Keycloak.
 */
@ApplicationScoped
public class Colleagues {

    static final Duration KEPT = Duration.ofSeconds(30);
    private static final int MOST = 2000;

    private final String realm;
    private final Keycloak keycloak;
    private volatile Cached cached;

    private record Cached(Instant at, List<Colleague> colleagues) {
    }

    public Colleagues(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId,
            @ConfigProperty(name = "quarkus.oidc.credentials.secret") String secret) {
        int realms = realmUrl.indexOf("/realms/");
        this.realm = realmUrl.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(realmUrl.substring(0, realms))
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(secret)
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
        return all().map(colleagues -> colleagues.stream()
                .filter(colleague -> colleague.username().equalsIgnoreCase(username)).findFirst());
    }

    /**
     * @param text       words of the name or username, any case and accents; blank for everyone
     * @param discipline a discipline's claim value, or blank for all
     */
    public Uni<List<Colleague>> search(String text, String discipline) {
        var words = text == null ? List.<String>of() : List.of(text.strip().split("\\s+")).stream()
                .filter(word -> !word.isBlank()).toList();
        return all().map(colleagues -> colleagues.stream()
                .filter(colleague -> discipline == null || discipline.isBlank()
                        || colleague.discipline().equals(discipline))
                .filter(colleague -> {
                    String haystack = searchable(colleague.name() + " " + colleague.username());
                    return words.stream().allMatch(word -> haystack.contains(fold(word, true))
                            || haystack.contains(fold(word, false)));
                })
                .toList());
    }

    private Uni<List<Colleague>> all() {
        var known = cached;
        if (known != null && known.at().plus(KEPT).isAfter(Instant.now())) {
            return Uni.createFrom().item(known.colleagues());
        }
        return blocking(this::load).invoke(loaded -> cached = new Cached(Instant.now(), loaded));
    }

    private List<Colleague> load() {
        var users = keycloak.realm(realm).users();
        return users.search(null, 0, MOST, false).stream()
                .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                .filter(user -> Profession.ofClaim(attribute(user, "profession")).isPresent())
                .filter(user -> users.get(user.getId()).roles().realmLevel().listEffective().stream()
                        .map(RoleRepresentation::getName).anyMatch(Roles.FAGPERSON::equals))
                .map(user -> new Colleague(user.getUsername(), name(user), attribute(user, "profession"),
                        user.getEmail(), attribute(user, "phone")))
                .sorted(Comparator.comparing(Colleague::name).thenComparing(Colleague::username))
                .toList();
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

    /** Runs a blocking call off the event loop, and comes back on the caller's context. */
    private static <T> Uni<T> blocking(Supplier<T> call) {
        Context context = Vertx.currentContext();
        Uni<T> uni = Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
