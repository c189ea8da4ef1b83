package dk.rodtraad.chassis.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header's function is Danish words, never a role code. */
class CurrentUserTest {

    private static final Set<String> KEYCLOAK_DEFAULTS = Set.of("default-roles-rodtraad", "offline_access", "uma_authorization");

    @Test
    void aFagpersonIsShownByTheDiscipline() {
        var hanne = new CurrentUser("hanne", "Hanne Holm", Optional.of(Profession.SUNDHEDSPLEJERSKE),
                with(Roles.FAGPERSON));
        assertEquals("sundhedsplejerske", hanne.function());
    }

    @Test
    void everyOtherRoleIsShownInDanish() {
        assertEquals("katalogredaktør", user(Roles.KATALOGREDAKTOER).function());
        assertEquals("myndighed", user(Roles.MYNDIGHED).function());
        assertEquals("analytiker", user(Roles.ANALYTIKER).function());
        assertEquals("databeskyttelse", user(Roles.DATABESKYTTELSE).function());
        assertEquals("administrator", user(Roles.ADMIN).function());
        assertEquals("leder", user(Roles.LEDER).function());
        assertEquals("fagperson", user(Roles.FAGPERSON).function(), "a fagperson whose discipline is missing");
    }

    @Test
    void keycloaksTechnicalRolesAreLeftOut() {
        var function = user(Roles.MYNDIGHED).function();
        assertFalse(function.contains("offline") || function.contains("uma") || function.contains("default"), function);
        assertEquals(CurrentUser.NO_ROLE, new CurrentUser("x", "X", Optional.empty(), KEYCLOAK_DEFAULTS).function());
    }

    @Test
    void twoRolesAreBothNamedInTheRolesOrder() {
        var both = new CurrentUser("x", "X", Optional.empty(), Set.of(Roles.KATALOGREDAKTOER, Roles.MYNDIGHED));
        assertEquals("myndighed, katalogredaktør", both.function());
    }

    @Test
    void everyRoleOfRolesHasALabel() throws IllegalAccessException {
        for (var field : Roles.class.getFields()) {
            String code = (String) field.get(null);
            var role = Role.ofCode(code);
            assertTrue(role.isPresent(), "no Danish label for the role " + code);
            assertFalse(role.get().label().isBlank());
        }
        assertEquals(Roles.class.getFields().length, Role.values().length);
    }

    private static CurrentUser user(String role) {
        return new CurrentUser("u", "U", Optional.empty(), with(role));
    }

    private static Set<String> with(String role) {
        var roles = new TreeSet<>(KEYCLOAK_DEFAULTS);
        roles.add(role);
        return roles;
    }
}
