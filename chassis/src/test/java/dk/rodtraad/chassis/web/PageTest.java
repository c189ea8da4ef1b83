package dk.rodtraad.chassis.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    private static final List<Integer> FIFTY = IntStream.rangeClosed(1, 50).boxed().toList();

    @Test
    void aPageHoldsTwentyAndKnowsHowManyThereAre() {
        var page = Page.slice(FIFTY, 2, "/liste");

        assertEquals(21, page.items().getFirst());
        assertEquals(20, page.items().size());
        assertEquals(3, page.count());
        assertEquals(50, page.total());
        assertFalse(page.first());
        assertFalse(page.last());
    }

    @Test
    void aPagePastTheLastIsTheLast() {
        var page = Page.slice(FIFTY, 9, "/liste");

        assertEquals(3, page.number());
        assertEquals(List.of(41, 42, 43, 44, 45, 46, 47, 48, 49, 50), page.items());
        assertTrue(page.last());
    }

    @Test
    void anEmptyListIsOnePageAndNotPaged() {
        var page = Page.slice(List.of(), 1, "/liste");

        assertEquals(1, page.count());
        assertFalse(page.paged());
    }

    @Test
    void whatCannotBeReadAsAPageIsTheFirst() {
        assertEquals(1, Page.number(null));
        assertEquals(1, Page.number("to"));
        assertEquals(1, Page.number("-3"));
        assertEquals(4, Page.number(" 4 "));
    }

    @Test
    void theLinksKeepTheSearchAndLeaveOutBlankParameters() {
        assertEquals("/sparring?q=s%C3%B8vn+og+skole", Page.link("/sparring", "q", " søvn og skole ", "x", ""));
        assertEquals("/sparring", Page.link("/sparring", "q", null));
        assertEquals("/sparring?q=a&side=2", Page.slice(FIFTY, 1, "/sparring?q=a").href(2));
        assertEquals("/sparring?side=3", Page.slice(FIFTY, 1, "/sparring").href(3));
    }

    @Test
    void manyPagesShowTheFirstTheLastAndThoseAroundThisOne() {
        var hundreds = IntStream.rangeClosed(1, 200).boxed().toList();

        assertEquals(List.of(1, 2, 3, 4, 5, 0, 10), Page.slice(hundreds, 2, "/l").shown());
        assertEquals(List.of(1, 0, 5, 6, 7, 0, 10), Page.slice(hundreds, 6, "/l").shown());
        assertEquals(List.of(1, 0, 6, 7, 8, 9, 10), Page.slice(hundreds, 9, "/l").shown());
        assertEquals(List.of(1, 2, 3), Page.slice(FIFTY, 1, "/l").shown());
    }

    @Test
    void aListAskedForWithFiltersKeepsEveryFilterButThePageFromPageToPage() {
        String link = Page.linkTo(URI.create("/katalog?q=%C3%A6ngstelig&side=2&sign=angst&sign=trist"));
        var second = Page.slice(IntStream.rangeClosed(1, 58).boxed().toList(), 2, link);

        assertEquals("/katalog?q=%C3%A6ngstelig&sign=angst&sign=trist&side=3", second.href(second.next()));
        assertEquals("/katalog?q=%C3%A6ngstelig&sign=angst&sign=trist&side=1", second.href(second.previous()));
        assertEquals("/katalog?side=1", Page.slice(List.of(1), 1, Page.linkTo(URI.create("/katalog"))).href(1));
    }
}
