package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.web.PartLinks.PartLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PartLinksTest {

    private static final PartLinks IN_NETWORK_MEETING = new PartLinks("network-meeting-service", "https://b.example",
            "https://n.example", "https://k.example", "https://o.example");

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
    void aUserWhoMayOpenOnlyOnePartIsLedNowhere() {
        var inCatalogue = new PartLinks("catalogue-service", "b", "n", "k", "o");
        assertEquals(List.of(), inCatalogue.of(user("katalogredaktoer")));
    }

    private static CurrentUser user(String role) {
        return new CurrentUser("someone", "Someone", Optional.empty(), Set.of(role));
    }
}
