package dk.rodtraad.chassis.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagingTest {

    private static final List<Integer> FIFTY_EIGHT = IntStream.rangeClosed(1, 58).boxed().toList();

    @Test
    void aPageHoldsItsShareOfTheList() {
        var second = Paging.of(FIFTY_EIGHT, "2", 20, URI.create("/katalog?side=2"));

        assertEquals(IntStream.rangeClosed(21, 40).boxed().toList(), second.items());
        assertEquals(3, second.pages());
        assertEquals(58, second.total());
        assertTrue(second.hasPrevious());
        assertTrue(second.hasNext());
        assertEquals(List.of(1, 2, 3), second.numbers());
        assertEquals(List.of(41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58),
                Paging.of(FIFTY_EIGHT, "3", 20, URI.create("/katalog")).items());
    }

    @Test
    void theLinksKeepTheOtherQueryParameters() {
        var paging = Paging.of(FIFTY_EIGHT, "2", 20, URI.create("/katalog?q=%C3%A6ngstelig&side=2&sign=angst&sign=trist"));

        assertEquals("/katalog?q=%C3%A6ngstelig&sign=angst&sign=trist&side=3", paging.next());
        assertEquals("/katalog?q=%C3%A6ngstelig&sign=angst&sign=trist&side=1", paging.previous());
        assertEquals("/katalog?side=1", Paging.of(FIFTY_EIGHT, null, 20, URI.create("/katalog")).href(1));
    }

    @Test
    void aPageThatIsNotOneReadsAsTheNearest() {
        assertEquals(1, Paging.of(FIFTY_EIGHT, "abc", 20, URI.create("/katalog")).page());
        assertEquals(1, Paging.of(FIFTY_EIGHT, "0", 20, URI.create("/katalog")).page());
        assertEquals(3, Paging.of(FIFTY_EIGHT, "99", 20, URI.create("/katalog")).page());
        var empty = Paging.of(List.of(), "2", 20, URI.create("/katalog"));
        assertEquals(1, empty.pages());
        assertFalse(empty.hasNext());
        assertEquals(List.of(), empty.items());
    }
}
