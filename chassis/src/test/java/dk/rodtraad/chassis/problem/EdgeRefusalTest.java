package dk.rodtraad.chassis.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Before any resource is matched, the client's preferred type decides between the Danish page and problem+json. */
class EdgeRefusalTest {

    @Test
    void aBrowserGetsThePage() {
        assertTrue(EdgeRefusal.prefersPage("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertTrue(EdgeRefusal.prefersPage("text/html"));
        assertTrue(EdgeRefusal.prefersPage("application/json;q=0.5, text/html"));
    }

    @Test
    void anApiClientGetsTheProblem() {
        assertFalse(EdgeRefusal.prefersPage((String) null));
        assertFalse(EdgeRefusal.prefersPage("*/*"));
        assertFalse(EdgeRefusal.prefersPage("application/json"));
        assertFalse(EdgeRefusal.prefersPage("application/json, text/html;q=0.9"));
    }
}
