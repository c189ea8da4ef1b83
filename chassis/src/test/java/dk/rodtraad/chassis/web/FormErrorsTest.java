package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormErrorsTest {

    @Test
    void theApisPathsBecomeTheFormsFlatNames() {
        assertEquals("parentsInvolvedOn", FormErrors.formField("parents.involvedOn"));
        assertEquals("signs", FormErrors.formField("signs[2]"));
        assertEquals("entriesLookFor", FormErrors.formField("entries[3].lookFor"));
        assertEquals("name", FormErrors.formField("name"));
    }

    @Test
    void theFirstMessageForAFieldIsKept() {
        var errors = new FormErrors();
        errors.addAll(List.of(new FieldError("signs[0]", "Tegnet findes ikke"), new FieldError("signs[1]", "Et andet")));
        errors.add("child.cpr", "Ugyldigt CPR-nummer");

        assertEquals("Tegnet findes ikke", errors.get("signs"));
        assertTrue(errors.has("childCpr"));
        assertNull(errors.get("child.cpr"), "kept under the form's name only");
    }

    @Test
    void aFormShownMoreThanOnceNamesTheErrorsByItsOwnFields() {
        var errors = new FormErrors();
        errors.add("attainment", "Vælg om målet er nået");
        errors.add("familyView-7", "Højst 2000 tegn");

        var renamed = errors.renamed(field -> field.contains("-") ? field : field + "-7");

        assertEquals("Vælg om målet er nået", renamed.get("attainment-7"));
        assertEquals("Højst 2000 tegn", renamed.get("familyView-7"));
        assertNull(renamed.get("attainment"));
        assertEquals("Vælg om målet er nået", errors.get("attainment"), "the errors themselves stay as they were");
    }

    @Test
    void theSummaryFollowsTheFormsOrderAndPutsUnlabelledFieldsLast() {
        var errors = new FormErrors();
        errors.add("version", "Siden er forældet");
        errors.add("level", "Vælg et niveau");
        errors.add("signs", "Vælg mindst ét tegn");
        var labels = new LinkedHashMap<String, String>();
        labels.put("signs", "Tegn");
        labels.put("level", "Niveau");

        assertEquals(List.of(new FormErrors.Entry("signs", "Tegn", "Vælg mindst ét tegn"),
                new FormErrors.Entry("level", "Niveau", "Vælg et niveau"),
                new FormErrors.Entry("version", "", "Siden er forældet")), errors.summary(labels));
    }
}
