package dk.rodtraad.concern.child;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildNamesTest {

    @ParameterizedTest(name = "\"{1}\" names \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Asta Marie Jensen | Asta Marie Jensen",
            "Asta Marie Jensen | asta jensen",
            "Asta Marie Jensen | ASTA   MARIE   JENSEN",
            "Asta Marie Jensen | Marie Jensen",
            "Asta Marie Jensen | '  Asta Jensen '",
            "Zoë Müller | Zoe Muller",
            "Renée Sørensen | Renee Soerensen",
            "Åse Ærø | Aase Aeroe",
            "Anne-Sofie Hansen | Anne Sofie Hansen",
            "Anne Sofie Hansen | anne-sofie hansen",
            "Karl Hansen-Jensen | Karl Hansen Jensen",
            "Karl Hansen-Jensen | Karl Jensen",
            "Mia Jensen | Mia Jensen",
    })
    void matches(String registered, String given) {
        assertTrue(ChildNames.match(registered, given));
    }

    @ParameterizedTest(name = "\"{1}\" does not name \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Asta Marie Jensen | Mads Hansen",
            "Asta Marie Jensen | Asta Hansen",
            "Asta Marie Jensen | Mads Jensen",
            "Asta Marie Jensen | Asta Marie Jens",
            "Asta Marie Jensen | Jensen",
            "Asta Marie Jensen | Asta Sofie Jensen",
            "Asta Marie Jensen | Jensen Asta",
            "Asta Marie Jensen | ''",
            "Asta Marie Jensen | '<script>'",
    })
    void doesNotMatch(String registered, String given) {
        assertFalse(ChildNames.match(registered, given));
    }

    @Test
    void nothingMatchesNothing() {
        assertFalse(ChildNames.match("Asta Jensen", null));
        assertFalse(ChildNames.match("", ""));
    }
}
