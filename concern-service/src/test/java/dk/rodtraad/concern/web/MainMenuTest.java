package dk.rodtraad.concern.web;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dk.rodtraad.concern.Staff.as;
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

    @Test
    void aProfessionalHasTheirOwnPagesAndTheConsultations() {
        String page = page(LISE, "/bekymringer");
        List<String> own = List.of("/bekymringer", "/bekymringer/ny", "/underretninger", "/sparring");
        assertEquals(twice(own), links(page));
        assertEquals(List.of("/bekymringer", "/bekymringer"), current(page), "Mine børn, where Lise is");
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

    private static List<String> twice(List<String> links) {
        return Stream.concat(links.stream(), links.stream()).toList();
    }
}
