package dk.rodtraad.concern.web;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.DORTE;
import static dk.rodtraad.testkit.DemoUsers.IDA;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main menu in DKFDS's header (templates/hovedmenu.html, the chassis's tag {@code menupunkt}): the pages the user's
 * roles may open, once for the desktop and once in the mobile drawer, the page the user is on marked as current; and
 * the footer's way to the other parts of Rød Tråd.
 */
@QuarkusTest
class MainMenuTest {

    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\" class=\"nav-link\"");
    private static final Pattern PART = Pattern.compile("<li><a href=\"([^\"]+)\"");
    private static final Pattern CURRENT = Pattern.compile(
            "<li class=\"active current\"><a href=\"([^\"]+)\" class=\"nav-link\" aria-current=\"page\">");
    private static final Pattern CURRENT_PART = Pattern.compile(
            "<li class=\"active current\"><a href=\"([^\"]+)\" class=\"nav-link\" aria-current=\"true\">");

    @Test
    void aProfessionalHasTheirOwnPagesAndTheConsultations() {
        String page = page(LISE, "/bekymringer");
        List<String> own = List.of("/bekymringer", "/bekymringer/ny", "/underretninger", "/sparring");
        assertEquals(twice(own), links(page));
        assertEquals(List.of("/bekymringer", "/bekymringer"), current(page), "Mine børn, where Lise is");
    }

    /**
     * A page below a link is in that link's part of the menu (chassis's MainMenu): the longest link above it wins,
     * and a child's page, elsewhere in the paths, is in "Mine børn" because the menu says so ({@code also}).
     */
    @Test
    void thePagesBelowALinkAreInItsPartOfTheMenu() {
        var recorded = as(LISE).body(concern(uniqueCpr(), "Alma Dahl", "yellow", "skole"))
                .when().post("/concerns").then().statusCode(201).extract();
        String id = recorded.path("id");
        String childId = recorded.path("childId");

        String record = page(LISE, "/bekymringer/ny");
        assertEquals(List.of("/bekymringer/ny", "/bekymringer/ny"), current(record), "not also Mine børn above it");
        assertEquals(List.of(), currentPart(record));
        for (String below : List.of("/bekymringer/" + id + "/revurdering", "/boern/" + childId)) {
            String page = page(LISE, below);
            assertEquals(List.of("/bekymringer", "/bekymringer"), currentPart(page), below);
            assertEquals(List.of(), current(page), below + " is not Mine børn's own page");
        }
        String consultation = page(LISE, "/sparring/ny");
        assertEquals(List.of("/sparring", "/sparring"), currentPart(consultation));
    }

    @Test
    void theAuthorityHasItsInboxTheConsultationsAndTheInsight() {
        String page = page(METTE, "/sparring");
        assertEquals(twice(List.of("/myndighed", "/sparring", "/indsigt")), links(page));
        assertEquals(List.of("/sparring", "/sparring"), current(page));
    }

    @Test
    void theDataProtectionOfficerHasTheInsightAndAnAdminNothing() {
        assertEquals(twice(List.of("/indsigt")), links(page(DORTE, "/")));
        assertEquals(List.of(), links(page(IDA, "/")));
    }

    /** The footer's way between Rød Tråd's parts: those the role opens, at their configured addresses. */
    @Test
    void theFooterLeadsToThePartsTheUserMayOpen() {
        var config = ConfigProvider.getConfig();
        String footer = page(LISE, "/bekymringer").split("<footer>")[1];
        assertEquals(List.of("/", config.getValue("rodtraad.links.network-meeting", String.class),
                config.getValue("rodtraad.links.catalogue", String.class),
                config.getValue("rodtraad.links.followup", String.class)), PART.matcher(footer).results()
                .map(match -> match.group(1)).toList());
        assertTrue(footer.contains("<a href=\"/\" aria-current=\"true\"><strong>Bekymringer</strong></a>"), footer);
        String dorte = page(DORTE, "/").split("<footer>")[1];
        assertEquals(List.of(), PART.matcher(dorte).results().toList(), "databeskyttelse opens only Bekymringer");
    }

    private static String page(String user, String path) {
        return as(user).when().get(path).then().statusCode(200).extract().asString();
    }

    private static List<String> links(String page) {
        return LINK.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static List<String> current(String page) {
        return CURRENT.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static List<String> currentPart(String page) {
        return CURRENT_PART.matcher(page).results().map(match -> match.group(1)).toList();
    }

    private static List<String> twice(List<String> links) {
        return Stream.concat(links.stream(), links.stream()).toList();
    }
}
