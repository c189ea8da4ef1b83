package dk.rodtraad.catalogue.duplicate.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class DuplicatePageTest {

    @Inject
    WebFixtures fixtures;

    @Test
    void anOpenPairIsShownSideBySideWithWhyAndAForm() throws Throwable {
        Intervention[] pair = lookAlikes("Dobbelt");
        review(pair, null).then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<h1>Dobbeltindsatser</h1>"),
                        containsString("<a href=\"/katalog/indsatser/" + pair[0].id + "\">" + pair[0].name + "</a>"),
                        containsString("<a href=\"/katalog/indsatser/" + pair[1].id + "\">" + pair[1].name + "</a>"),
                        containsString(">Familiecentret</td>"), containsString(">7–12 år</td>"),
                        containsString(pair[0].method), containsString("name=\"decision\" value=\"sammenlagt\""),
                        containsString("Lagt sammen: én fortsætter, den anden udgår")));
    }

    @Test
    void mergingWithoutChoosingTheOneThatContinuesIsExplainedAndStoresNothing() throws Throwable {
        Intervention[] pair = lookAlikes("Sammen");
        decide(pair, Map.of("decision", "sammenlagt", "note", "Samme hold")).then().statusCode(400)
                .body(allOf(containsString("Der er problemer med det, du har skrevet"),
                        containsString("Angiv hvilken af de to indsatser der fortsætter"),
                        containsString("value=\"sammenlagt\" id=\"f-"), containsString("Samme hold</textarea>")));
        decide(pair, Map.of("note", "x".repeat(1001))).then().statusCode(400)
                .body(allOf(containsString("Vælg en afgørelse"), containsString("Højst 1000 tegn")));
        review(pair, null).then().statusCode(200)
                .body(allOf(containsString("name=\"kept\" value=\"" + pair[1].id + "\""), not(containsString("Samme hold"))));
        given().when().get("/katalog/indsatser/" + pair[1].id).then().body(not(containsString("Udgået")));
    }

    @Test
    void aCoordinatedPairMovesToTheDecidedOnesWithItsNote() throws Throwable {
        Intervention[] pair = lookAlikes("Koordin");
        decide(pair, Map.of("decision", "koordineret", "note", "Fælles venteliste aftalt")).then().statusCode(303)
                .header("Location", containsString("/katalog/dobbeltindsatser?besked=afgjort"));
        review(pair, "afgjort").then().statusCode(200)
                .body(allOf(containsString("Afgørelsen er gemt."), containsString("Fælles venteliste aftalt"),
                        containsString("Koordineret: begge fortsætter"),
                        containsString("<dd>Karin Vestergaard, ")));
    }

    @Test
    void aMergedPairStaysListedWithTheOtherRetired() throws Throwable {
        Intervention[] pair = lookAlikes("Lagt");
        decide(pair, Map.of("decision", "sammenlagt", "kept", pair[0].id.toString())).then().statusCode(303);
        given().when().get("/katalog/indsatser/" + pair[1].id).then().body(containsString("Udgået"));
        review(pair, null).then().statusCode(200)
                .body(allOf(containsString("Lagt sammen: én fortsætter"), containsString(pair[1].name)));
    }

    @Test
    void aDecidedPairsVerdictIsChangedOnThePage() throws Throwable {
        Intervention[] pair = lookAlikes("Skift");
        decide(pair, Map.of("decision", "forskellige", "note", "Forskellige målgrupper")).then().statusCode(303);
        review(pair, null).then().statusCode(200)
                .body(allOf(containsString("<summary>Skift afgørelse</summary>"),
                        containsString("value=\"forskellige\" id=\"f-"), containsString("Forskellige målgrupper</textarea>")));
        decide(pair, Map.of("decision", "koordineret", "note", "Alligevel fælles venteliste")).then().statusCode(303)
                .header("Location", containsString("besked=afgjort"));
        review(pair, "afgjort").then().statusCode(200)
                .body(allOf(containsString("Afgørelsen er gemt."), containsString("<dd>Alligevel fælles venteliste</dd>"),
                        not(containsString("<dd>Forskellige målgrupper</dd>"))));
    }

    @Test
    void aMergedPairCanBeReDecidedButTheRetiredOneStaysRetiredAndCannotBeKept() throws Throwable {
        Intervention[] pair = lookAlikes("Genafgjort");
        decide(pair, Map.of("decision", "sammenlagt", "kept", pair[0].id.toString())).then().statusCode(303);
        String merged = review(pair, null).then().statusCode(200)
                .body(allOf(containsString(pair[1].name + " er udgået og forbliver udgået"),
                        containsString("<dt>Fortsætter</dt><dd>" + pair[0].name + "</dd>")))
                .extract().asString();
        assertTrue(keptChecked(pair[0]).matcher(merged).find(), "the change form starts from the kept one");
        assertFalse(keptChecked(pair[1]).matcher(merged).find());

        decide(pair, Map.of("decision", "sammenlagt", "kept", pair[1].id.toString())).then().statusCode(400)
                .body(allOf(containsString("Den udgåede indsats kan ikke fortsætte"), containsString("<details open>")));
        given().when().get("/katalog/indsatser/" + pair[0].id).then().body(not(containsString("Udgået")));

        decide(pair, Map.of("decision", "koordineret", "note", "Fortrudt sammenlægning")).then().statusCode(303);
        String coordinated = review(pair, null).then().statusCode(200)
                .body(allOf(containsString("<dd>Fortrudt sammenlægning</dd>"),
                        containsString(pair[1].name + " er udgået og forbliver udgået"),
                        not(containsString("<dt>Fortsætter</dt><dd>" + pair[0].name + "</dd>"))))
                .extract().asString();
        assertFalse(keptChecked(pair[0]).matcher(coordinated).find(), "only a merged pair keeps one");
        given().when().get("/katalog/indsatser/" + pair[1].id).then().body(containsString("Udgået"));
    }

    @Test
    void theSearchShowsOnlyThePairsOfTheInterventionsItFindsAndADecisionKeepsIt() throws Throwable {
        String description = unique("Forløb mærket");
        Intervention[] ours = lookAlikes("Søgt", description);
        Intervention[] others = lookAlikes("Usøgt", description);
        given().queryParam("soeg", ours[0].method.toUpperCase()).when().get("/katalog/dobbeltindsatser").then()
                .statusCode(200).body(allOf(containsString(ours[0].name), containsString(ours[1].name),
                        // the others look like ours too, so they are shown beside ours, but not as a pair of their own
                        not(containsString(others[0].name + " · " + others[1].name)),
                        not(containsString(others[1].name + " · " + others[0].name)), containsString("name=\"soeg\" value=\"" + ours[0].method.toUpperCase()),
                        containsString("Vis alle par")));
        decide(ours, Map.of("decision", "koordineret", "soeg", ours[0].method)).then().statusCode(303)
                .header("Location", containsString("besked=afgjort&soeg=" + ours[0].method));
        review(others, null).then().statusCode(200)
                .body(anyOf(containsString(others[0].name + " · " + others[1].name),
                        containsString(others[1].name + " · " + others[0].name)));
    }

    /**
     * Five interventions of PPR and five of Familiecentret with one method: 25 pairs, more than a page holds. The
     * open ones come first, twenty a page, then the decided one, each list with its count in all.
     */
    @Test
    void manyPairsArePagedTheOpenOnesFirstAndEachHeadingCountsAll() throws Throwable {
        Intervention[] ours = manyLookAlikes(5);
        decide(new Intervention[] {ours[0], ours[5]}, Map.of("decision", "koordineret")).then().statusCode(303);

        String first = review(ours, null).then().statusCode(200).extract().asString();
        assertEquals(20, sections(first), first);
        assertTrue(first.contains("<h2>Til afgørelse (24)</h2>"), first);
        assertFalse(first.contains("<h2>Afgjorte par"), "the decided ones follow on the last page");
        assertTrue(first.contains("aria-label=\"Side 1 af 2\" aria-current=\"page\""), "DKFDS's pagination");
        assertTrue(first.contains("href=\"/katalog/dobbeltindsatser?soeg=" + ours[0].method + "&amp;side=2\""),
                "the next page keeps the search");

        String second = given().queryParam("soeg", ours[0].method).queryParam("side", "2")
                .when().get("/katalog/dobbeltindsatser").then().statusCode(200).extract().asString();
        assertEquals(5, sections(second), second);
        assertTrue(second.contains("<h2>Til afgørelse (24)</h2>"), "the last four open ones");
        assertTrue(second.contains("<h2>Afgjorte par (1)</h2>"), second);
        assertTrue(second.contains("<input type=\"hidden\" name=\"side\" value=\"2\">"), "a form says its page");
    }

    /**
     * A verdict sent from the second page comes back to it; a form sent with an error comes back on the page that
     * holds its pair, whichever page it says, so the error is in view.
     */
    @Test
    void aFormFromTheSecondPageComesBackToItsPairsPage() throws Throwable {
        Intervention[] ours = manyLookAlikes(5);
        String second = given().queryParam("soeg", ours[0].method).queryParam("side", "2")
                .when().get("/katalog/dobbeltindsatser").then().statusCode(200).extract().asString();
        Matcher ids = Pattern.compile("name=\"firstId\" value=\"([^\"]+)\">.*?name=\"secondId\" value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(second);
        assertTrue(ids.find(), second);
        var byId = Arrays.stream(ours).collect(Collectors.toMap(i -> i.id.toString(), Function.identity()));
        Intervention[] onTheSecondPage = {byId.get(ids.group(1)), byId.get(ids.group(2))};
        assertTrue(onTheSecondPage[0] != null && onTheSecondPage[1] != null, ids.group() + "\n" + second);

        String refused = decide(onTheSecondPage, Map.of("soeg", ours[0].method, "side", "1")).then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("Vælg en afgørelse"), refused);
        assertTrue(refused.contains("aria-label=\"Side 2 af 2\" aria-current=\"page\""), refused);

        decide(onTheSecondPage, Map.of("soeg", ours[0].method, "side", "2", "decision", "forskellige")).then()
                .statusCode(303).header("Location", endsWith("?besked=afgjort&soeg=" + ours[0].method + "&side=2"));
    }

    @Test
    void aFormForAnUnknownPairIsRefusedInDanish() {
        FormToken.fetch().on(given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("firstId", "ikke-et-id").formParam("secondId", "heller-ikke").formParam("decision", "forskellige")
                .when().post("/katalog/dobbeltindsatser").then().statusCode(400)
                .body(containsString("Parret findes ikke"));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void onlyTheKatalogredaktoerReviewsDuplicates() {
        given().when().get("/katalog/dobbeltindsatser").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("<h1>Ingen adgang</h1>"));
        FormToken.fetch().on(given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("decision", "forskellige").when().post("/katalog/dobbeltindsatser").then().statusCode(403);
    }

    /**
     * The review as the editor finds one pair: by its method, as every test's pairs are among many in the shared
     * database, more than one page holds.
     *
     * @param message the {@code besked} the page was sent back with, or null
     */
    private static io.restassured.response.Response review(Intervention[] pair, String message) {
        var request = given().queryParam("soeg", pair[0].method);
        return (message == null ? request : request.queryParam("besked", message)).when()
                .get("/katalog/dobbeltindsatser");
    }

    /** The radio button that says this one continues, chosen. */
    private static Pattern keptChecked(Intervention kept) {
        return Pattern.compile("name=\"kept\" value=\"" + kept.id + "\" id=\"f-p\\d+-kept(-1)?\" checked>");
    }

    /**
     * {@code perDepartment} published interventions in PPR and as many in Familiecentret, all with one method: each of
     * the first look-alike with each of the second. PPR's come first in what is returned.
     */
    private Intervention[] manyLookAlikes(int perDepartment) throws Throwable {
        String method = unique("Sidemetode");
        var made = new Intervention[2 * perDepartment];
        for (int i = 0; i < made.length; i++) {
            var content = intervention(unique("side-par"), "Sidepar " + i + " " + unique("s").substring(2));
            content.put("method", method);
            // not the fixtures' shared description (see lookAlikes), nor one sharing most words with another test's
            content.put("shortDescription", unique("Sidepar"));
            content.put("department", i < perDepartment ? "PPR" : "Familiecentret");
            made[i] = fixtures.inStatus(content, PUBLISHED);
        }
        return made;
    }

    private static int sections(String page) {
        return page.split("<section data-par", -1).length - 1;
    }

    /** Two published interventions of different departments with the same method: a pair of their own. */
    private Intervention[] lookAlikes(String prefix) throws Throwable {
        return lookAlikes(prefix, unique("Forløb mærket"));
    }

    /**
     * @param description the pair's short description: not the fixtures' shared one, which makes every PPR fixture
     *                    look like every other department's, so that a search finds the pair among many
     */
    private Intervention[] lookAlikes(String prefix, String description) throws Throwable {
        String method = unique("Metode");
        var first = intervention(unique("dobbelt"), prefix + "forløb " + unique("a").substring(2));
        first.put("method", method);
        var second = intervention(unique("dobbelt"), prefix + "gruppe " + unique("b").substring(2));
        second.put("method", method);
        second.put("department", "Familiecentret");
        first.put("shortDescription", description);
        second.put("shortDescription", description);
        return new Intervention[] {fixtures.inStatus(first, PUBLISHED), fixtures.inStatus(second, PUBLISHED)};
    }

    private static io.restassured.response.Response decide(Intervention[] pair, Map<String, String> fields) {
        RequestSpecification request = FormToken.fetch().on(given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8"))
                .formParam("firstId", pair[0].id.toString()).formParam("secondId", pair[1].id.toString());
        fields.forEach(request::formParam);
        return request.when().post("/katalog/dobbeltindsatser");
    }
}
