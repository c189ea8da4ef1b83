package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.security.CurrentUser;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a professional works, as their token's {@code district} (distrikt) and {@code unit} (enhed) claims say
 * (Keycloak user attributes): what a concern's events tell the analysts about the place, never the person.
 *
 * @param district e.g. {@code Nord}; null when the token names none
 * @param unit     e.g. {@code Rødby Skole}; null when the token names none
 */
public record Workplace(String district, String unit) {

    private static final Logger LOG = Logger.getLogger(Workplace.class);

    /**
     * The events' schemas keep a district or a unit to a short name (letters, digits, space, '.', '-'). Keycloak allows
     * 100 characters of anything, so an attribute outside that is left out of the events (and logged by its name)
     * rather than sent to be refused by every consumer.
     */
    private static final Pattern NAME = Pattern.compile("[A-Za-zÆØÅæøå0-9 .-]{1,60}");

    static Workplace of(CurrentUser user) {
        return new Workplace(named(user, "district", user.district()), named(user, "unit", user.unit()));
    }

    private static String named(CurrentUser user, String attribute, Optional<String> value) {
        if (value.isPresent() && !NAME.matcher(value.get()).matches()) {
            LOG.warnf("The %s attribute of %s is not a short name (letters, digits, space, '.', '-', at most 60): "
                    + "left out of the events", attribute, user.username());
            return null;
        }
        return value.orElse(null);
    }
}
