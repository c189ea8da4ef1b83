package dk.rodtraad.chassis.directory;

import dk.rodtraad.chassis.security.Profession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whom the pages show by name: the people Keycloak knows ({@link Colleagues}, kept a while), so a professional meets
 * a colleague as "Hanne Holm" in every service, not as a username. The API, the events and the audit log keep
 * usernames; only the pages (and the documents made for a family) put names to them.
 */
@ApplicationScoped
public class People {

    private static final Logger LOG = Logger.getLogger(People.class);

    private final Colleagues colleagues;

    public People(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    /**
     * The names as known now; while Keycloak cannot be asked, as last known ({@link Colleagues#directory()}), and
     * before it has ever answered, every person shows as their username.
     */
    public Uni<Names> names() {
        return colleagues.directory().map(Names::new).onFailure().recoverWithItem(failure -> {
            LOG.warnf("Names not looked up, usernames shown: %s", failure.toString());
            return Names.NONE;
        });
    }

    /** People by username, for one page. */
    public static final class Names {

        /** No one known: every person shows as their username. */
        public static final Names NONE = new Names(List.of());

        private final Map<String, Colleague> byUsername;

        Names(List<Colleague> known) {
            byUsername = known.stream().collect(Collectors.toMap(c -> c.username().toLowerCase(Locale.ROOT),
                    Function.identity(), (first, second) -> first));
        }

        /**
         * "Hanne Holm, sundhedsplejerske" (the name alone for one without a discipline); the username when Keycloak
         * does not know the user; null for null.
         */
        public String of(String username) {
            return colleague(username).map(c -> c.discipline() == null ? c.name()
                    : c.name() + ", " + profession(c.discipline())).orElse(username);
        }

        /**
         * A professional with the discipline this service knows them by (from concern-service's grants or the
         * token): "Hanne Holm (sundhedsplejerske)", or "hanne (sundhedsplejerske)" when Keycloak does not know the
         * user; the name or username alone without a discipline.
         */
        public String professional(String username, String discipline) {
            String name = colleague(username).map(Colleague::name).orElse(username);
            return discipline == null ? name : name + " (" + profession(discipline) + ")";
        }

        /** The person as Keycloak knows them (name, discipline, how to reach them), if it does. */
        public Optional<Colleague> colleague(String username) {
            return username == null ? Optional.empty()
                    : Optional.ofNullable(byUsername.get(username.toLowerCase(Locale.ROOT)));
        }

        private static String profession(String claim) {
            return Profession.ofClaim(claim).map(Profession::label).orElse(claim);
        }
    }
}
