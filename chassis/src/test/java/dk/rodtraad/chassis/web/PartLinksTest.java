package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.web.PartLinks.PartLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartLinksTest {

    private static final PartLinks IN_NETWORK_MEETING = new PartLinks("network-meeting-service",
            List.of("fagperson", "myndighed", "admin", "leder"), "https://b.example", "https://n.example",
            "https://k.example", "https://o.example");

    @Test
    void aProfessionalIsLedToEveryPartTheOneTheyAreInAtItsStartPage() {
        assertEquals(List.of(new PartLink("Bekymringer", "https://b.example", false),
                new PartLink("Netværksmøder", "/", true), new PartLink("Indsatskatalog", "https://k.example", false),
                new PartLink("Opfølgning", "https://o.example", false)), IN_NETWORK_MEETING.of(user("fagperson")));
    }

    @Test
    void aLeaderIsLedOnlyToThePartsTheirRoleOpens() {
        assertEquals(List.of(new PartLink("Netværksmøder", "/", true),
                new PartLink("Opfølgning", "https://o.example", false)), IN_NETWORK_MEETING.of(user("leder")));
    }

    @Test
    void aUserWhoMayOpenOnlyThePartTheyAreInIsLedNowhere() {
        var inCatalogue = new PartLinks("catalogue-service", List.of("katalogredaktoer"), "b", "n", "k", "o");
        assertEquals(List.of(), inCatalogue.of(user("katalogredaktoer")));
        assertTrue(inCatalogue.admits(user("katalogredaktoer")));
    }

    @Test
    void aUserInAPartTheirRoleDoesNotOpenIsLedToTheOnesItDoes() {
        var inConcern = new PartLinks("concern-service", List.of("fagperson"), "b", "n", "https://k.example", "o");
        assertFalse(inConcern.admits(user("katalogredaktoer")));
        assertEquals(List.of(new PartLink("Indsatskatalog", "https://k.example", false)),
                inConcern.of(user("katalogredaktoer")));
        assertFalse(IN_NETWORK_MEETING.admits(user("databeskyttelse")));
        assertEquals(List.of(new PartLink("Bekymringer", "https://b.example", false)),
                IN_NETWORK_MEETING.of(user("databeskyttelse")));
        assertEquals(List.of(), IN_NETWORK_MEETING.of(user("borger")), "a role of no part: no way anywhere");
    }

    private static CurrentUser user(String role) {
        return new CurrentUser("someone", "Someone", Optional.empty(), Set.of(role));
    }
}
