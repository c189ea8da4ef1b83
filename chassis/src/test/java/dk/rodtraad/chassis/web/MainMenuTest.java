package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.web.MainMenu.Area;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which link of the main menu a page is in: the longest path a link names that is the page's or above it. */
class MainMenuTest {

    private final MainMenu menu = new MainMenu(List.of(
            new Area("/", "/"),
            new Area("/katalog", "/katalog"),
            new Area("/katalog/vejviser", "/katalog/vejviser"),
            new Area("/bekymringer", "/bekymringer"),
            new Area("/bekymringer/ny", "/bekymringer/ny"),
            new Area("/boern", "/bekymringer")));

    @Test
    void aLinksOwnPageIsInIt() {
        assertEquals(Optional.of("/katalog"), menu.linkTo("/katalog"));
        assertEquals(Optional.of("/bekymringer/ny"), menu.linkTo("/bekymringer/ny"));
        assertEquals(Optional.of("/"), menu.linkTo("/"));
    }

    @Test
    void aPageBelowLinksIsInTheLongestOfThem() {
        assertEquals(Optional.of("/katalog/vejviser"), menu.linkTo("/katalog/vejviser/versioner/2/tegn/a"));
        assertEquals(Optional.of("/katalog"), menu.linkTo("/katalog/indsatser/9/rediger"));
        assertEquals(Optional.of("/bekymringer"), menu.linkTo("/bekymringer/7/revurdering"));
    }

    @Test
    void aPathTheMenuNamesForALinkLeadsToThatLink() {
        assertEquals(Optional.of("/bekymringer"), menu.linkTo("/boern/42"));
        assertEquals(Optional.of("/bekymringer"), menu.linkTo("/boern"));
    }

    @Test
    void onlyWholeSegmentsCountAndTheFrontPageHoldsOnlyItself() {
        assertEquals(Optional.empty(), menu.linkTo("/katalogx"));
        assertEquals(Optional.empty(), menu.linkTo("/bekymringerne/1"));
        assertEquals(Optional.empty(), menu.linkTo("/andet"));
    }
}
