package dk.rodtraad.chassis.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An address template matches the paths Quarkus REST would route to it, and no others. */
class AddressMethodsTest {

    @Test
    void aParameterIsOneSegment() {
        var template = AddressMethods.pattern("/boern/{id}/tidslinje");
        assertTrue(template.matcher("/boern/0b7e/tidslinje").matches());
        assertFalse(template.matcher("/boern/a/b/tidslinje").matches());
        assertFalse(template.matcher("/boern//tidslinje").matches());
    }

    @Test
    void aParameterWithAnExpressionMatchesWhatItSays() {
        var template = AddressMethods.pattern("/versioner/{number: \\d+}/tegn/{sign}");
        assertTrue(template.matcher("/versioner/12/tegn/a1").matches());
        assertFalse(template.matcher("/versioner/x/tegn/a1").matches());
    }

    @Test
    void theLiteralTextIsNoExpression() {
        var template = AddressMethods.pattern("/q.csv");
        assertTrue(template.matcher("/q.csv").matches());
        assertFalse(template.matcher("/qxcsv").matches());
    }
}
