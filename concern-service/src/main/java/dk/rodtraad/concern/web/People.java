package dk.rodtraad.concern.web;

import dk.rodtraad.concern.access.Colleague;
import dk.rodtraad.concern.access.Colleagues;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whom the pages show by name: the colleagues Keycloak knows ({@link Colleagues}, kept a while). The API and the events
 * keep usernames; only this service's pages put names to them.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);

    private final Colleagues colleagues;

    public People(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    /**
     * The names as known now; while Keycloak cannot be asked, as last known ({@code Colleagues#directory}), and before
     * it has ever answered, every person shows as their username.
     */
    public Uni<Names> names() {
        return colleagues.directory().map(Names::new).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Names not looked up, usernames shown: %s", failure.toString());
            return new Names(List.of());
        });
    }

    /** People by username, for one page. */
    public static final class Names {

        private final Map<String, Colleague> byUsername;

        Names(List<Colleague> known) {
            byUsername = known.stream().collect(Collectors.toMap(c -> c.username().toLowerCase(java.util.Locale.ROOT),
                    Function.identity(), (first, second) -> first));
        }

        /** "Hanne Holm, sundhedsplejerske" (the name alone for one without a discipline); the username when Keycloak does not know the user; null for null. */
        public String of(String username) {
            return colleague(username).map(c -> c.discipline() == null ? c.name()
                    : c.name() + ", " + Labels.profession(c.discipline())).orElse(username);
        }

        /** How to reach the person (e-mail and phone from Keycloak), if Keycloak knows them. */
        public Optional<ContactCard> contact(String username) {
            return colleague(username).map(ContactCard::of);
        }

        private Optional<Colleague> colleague(String username) {
            return username == null ? Optional.empty()
                    : Optional.ofNullable(byUsername.get(username.toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
