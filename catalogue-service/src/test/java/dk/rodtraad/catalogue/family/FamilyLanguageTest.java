package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.language.LanguageContent.Sign;
import dk.rodtraad.catalogue.language.LanguageContent.SignGroup;
import dk.rodtraad.catalogue.language.LanguageContent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Families read a sign in their own words or not at all, whatever an editor does to the shared language. */
class FamilyLanguageTest {

    private static final FamilyLanguage.Rules RULES = new FamilyLanguage.Rules(
            Map.of("angst", "Ængstelig", "udadreagerende", "Bliver hurtigt vred eller slår"),
            Set.of("mistanke-om-overgreb"), Set.of("vold-i-hjemmet"), "Vold eller overgreb", "Ring til os.");

    private static Sign sign(String code, String name) {
        return new Sign(code, name, "Beskrivelse.", 0, 18);
    }

    /** An editor's version: the protected sign moved among the family's, a sign without family words, a new group. */
    private static final LanguageContent EDITED = new LanguageContent(List.of(
            new SignGroup("familieforhold", "Familieforhold", List.of(sign("vold-i-hjemmet", "Vold i hjemmet"),
                    sign("manglende-omsorg", "Manglende omsorg"), sign("angst", "Ængstelig"))),
            new SignGroup("adfaerd", "Adfærd", List.of(sign("udadreagerende", "Udadreagerende adfærd"))),
            new SignGroup("mistanke-om-overgreb", "Mistanke om overgreb",
                    List.of(sign("seksuelle-overgreb", "Tegn på seksuelle overgreb")))), List.of(), null);

    @Test
    void aSignIsReadInTheFamilysWordsOrLeftOut() {
        var words = RULES.apply(EDITED);

        assertEquals(Map.of("angst", "Ængstelig", "udadreagerende", "Bliver hurtigt vred eller slår"), words.choices());
        assertFalse(words.isForFamilies("manglende-omsorg"), "a sign without family words is not for families");
        assertFalse(words.names().containsValue("Udadreagerende adfærd"));
        assertEquals(List.of("Bliver hurtigt vred eller slår", "Ængstelig"),
                words.namesOf(List.of("manglende-omsorg", "udadreagerende", "angst")));
    }

    @Test
    void aProtectedSignIsTheNeutralTopicWhereverItSits() {
        var words = RULES.apply(EDITED);

        assertTrue(words.isProtected("vold-i-hjemmet"), "protected by its code, though moved to another group");
        assertTrue(words.isProtected("seksuelle-overgreb"), "protected by its group");
        assertFalse(words.choices().containsKey("vold-i-hjemmet"), "never ticked");
        assertEquals(List.of("Vold eller overgreb"), words.namesOf(List.of("vold-i-hjemmet", "seksuelle-overgreb")));
        assertFalse(words.names().containsValue("Tegn på seksuelle overgreb"));
    }

    @Test
    void theFamilysWordsAreReadFromTheirFile() {
        var wording = FamilyLanguage.wording();

        assertEquals("Ængstelig", wording.get("angst"));
        for (String staffOnly : List.of("vold", "seksuelle-overgreb", "vold-i-hjemmet", "manglende-omsorg", "hygiejne")) {
            assertFalse(wording.containsKey(staffOnly), staffOnly + " has no family words");
        }
    }
}
