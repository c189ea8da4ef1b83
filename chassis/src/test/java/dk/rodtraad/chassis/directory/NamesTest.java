package dk.rodtraad.chassis.directory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NamesTest {

    private static final People.Names NAMES = new People.Names(List.of(
            new Colleague("hanne", "Hanne Holm", "sundhedsplejerske", "hanne@kommune.example", null),
            new Colleague("ida", "Ida Admin", null, null, null)));

    @Test
    void aProfessionalKeycloakKnowsIsNamedWithTheDisciplineThisServiceKnowsThemBy() {
        assertEquals("Hanne Holm (sundhedsplejerske)", NAMES.professional("hanne", "sundhedsplejerske"));
        assertEquals("Hanne Holm (sundhedsplejerske)", NAMES.professional("Hanne", "sundhedsplejerske"),
                "Keycloak's usernames are in lower case, a token's may not be");
        assertEquals("Hanne Holm (lærer)", NAMES.professional("hanne", "laerer"),
                "the discipline of the grant, which is what this service's rules went by");
        assertEquals("Ida Admin", NAMES.professional("ida", null));
    }

    @Test
    void oneKeycloakDoesNotKnowOrCouldNotBeAskedShowsAsTheirUsername() {
        assertEquals("lise (lærer)", NAMES.professional("lise", "laerer"));
        assertEquals("lise (lærer)", People.Names.NONE.professional("lise", "laerer"));
        assertEquals("lise", NAMES.professional("lise", null));
        assertEquals("x (ukendt-fag)", NAMES.professional("x", "ukendt-fag"), "an unknown claim shows as it is");
    }

    @Test
    void ofNamesWithKeycloaksOwnDiscipline() {
        assertEquals("Hanne Holm, sundhedsplejerske", NAMES.of("hanne"));
        assertEquals("Ida Admin", NAMES.of("ida"));
        assertEquals("lise", NAMES.of("lise"));
        assertNull(NAMES.of(null));
    }
}
