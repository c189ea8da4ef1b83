package dk.rodtraad.catalogue.family.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.vejviser.Vejviser;
import dk.rodtraad.catalogue.web.WebFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PAUSED;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The family pages answer without login and show only what a family needs of published interventions. */
@QuarkusTest
class FamilyPagesTest {

    /** The heading above what a family looks for, the one Vejviser text families read. */
    static final String LOOK_FOR = "Sådan kan det se ud";

    @Inject
    WebFixtures fixtures;

    @Inject
    Vejviser vejviser;

    @Test
    void aFamilyFindsAPublishedInterventionWithoutLoggingInAndSeesNothingInternal() throws Throwable {
        String name = "Familieforløb " + unique("f").substring(2);
        Intervention published = fixtures.inStatus(intervention(unique("familie"), name), PUBLISHED);

        given().redirects().follow(false).when().get("/familie").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<h1>Find hjælp til jeres barn</h1>"), containsString(">Ængstelig</label>"),
                        not(containsString("Log ud")), not(containsString("/katalog"))));
        given().queryParam("q", name).queryParam("age", "8").queryParam("sign", "angst").queryParam("soeg", "ja")
                .when().get("/familie").then().statusCode(200)
                .body(allOf(containsString("Vi fandt 1 tilbud."),
                        containsString("<a href=\"/familie/indsatser/" + published.id + "\">" + name + "</a>"),
                        containsString("For børn fra 7 til 12 år"), containsString("Cirka 6 uger"),
                        containsString("value=\"angst\" checked")));

        given().when().get("/familie/indsatser/" + published.id).then().statusCode(200)
                .body(allOf(containsString("<h1>" + name + "</h1>"), containsString("PPR, tlf. 70 20 30 40"),
                        containsString("Rådhuset"), containsString("Ængstelig"), containsString("Efter henvisning"),
                        not(containsString("Folkeskoleloven")), not(containsString("Cool Kids-certificering")),
                        not(containsString("karin")), not(containsString("Log ud"))));
    }

    @Test
    void theFamilyPagesAndTheirStylesheetAreOpenButTheStaffPagesAreNot() {
        given().redirects().follow(false).when().get("/rodtraad/rodtraad.css").then().statusCode(200);
        given().redirects().follow(false).when().get("/familie/vejviser").then().statusCode(200);
        given().redirects().follow(false).when().get("/katalog").then().statusCode(not(200));
        given().redirects().follow(false).when().get("/katalog/kompetencer").then().statusCode(not(200));
    }

    @Test
    void whatIsNotPublishedIsNotFoundForFamilies() throws Throwable {
        Intervention paused = fixtures.inStatus(intervention(unique("familie-pause"), "Familiepause"), PUBLISHED, PAUSED);
        Intervention draft = fixtures.draft(intervention(unique("familie-udkast"), "Familieudkast"));
        for (Intervention hidden : new Intervention[] {paused, draft}) {
            given().when().get("/familie/indsatser/" + hidden.id).then().statusCode(404).contentType(ContentType.HTML)
                    .body(allOf(containsString("Siden findes ikke"), not(containsString(hidden.name))));
        }
        given().when().get("/familie/indsatser/ikke-et-id").then().statusCode(404).body(containsString("Siden findes ikke"));
    }

    @Test
    void aBadAgeIsExplainedInDanishBesideTheField() {
        given().queryParam("age", "otte").queryParam("soeg", "ja").when().get("/familie").then().statusCode(400)
                .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-age-error\">Skriv barnets alder som et helt tal fra 0 til 25</span>"),
                        containsString("aria-invalid=\"true\""), containsString("<a href=\"#f-age\">"),
                        not(containsString("Hjælp, der kan passe"))));
    }

    @Test
    void parentsReadTheVejviserBySignWithoutLoggingIn() {
        // Other tests publish Vejvisers of their own: read about the first sign the one in force speaks of.
        String sign = given().when().get("/vejviser/current").then().statusCode(200).extract().jsonPath()
                .getString("content.entries[0].sign");
        String list = given().when().get("/familie/vejviser").then().statusCode(200)
                .body(allOf(containsString("<h1>Vejviseren for forældre</h1>"), not(containsString("Log ud")))).extract().asString();
        Matcher link = Pattern.compile("<a href=\"/familie/vejviser\\?tegn=" + sign + "\">([^<]+)</a>").matcher(list);
        assertTrue(link.find(), "the list links to the sign " + sign);
        String name = link.group(1);
        given().queryParam("tegn", sign).when().get("/familie/vejviser").then().statusCode(200)
                .body(allOf(containsString("<h1>" + name + "</h1>"), containsString(LOOK_FOR),
                        containsString("Hvem I kan tale med"),
                        // What parents and the network can do is written for staff ("Forældrene skal inddrages …").
                        not(containsString("Forældrene skal")), not(containsString("Det kan I gøre som forældre"))));
        given().queryParam("tegn", "findes-ikke").when().get("/familie/vejviser").then().statusCode(404)
                .body(containsString("Vi kender ikke det emne"));
    }

    @Test
    void parentsNeverReadWhatTheVejviserTellsStaffToDoOrWhomToInvolve() throws Throwable {
        var entries = VertxContextSupport.subscribeAndAwait(vejviser::current).content().entries();
        String sign = entries.getFirst().sign();
        var forStaff = entries.stream().filter(e -> e.sign().equals(sign))
                .flatMap(e -> Stream.of(e.whomToInvolve(), e.whatToDo())).toList();
        String page = given().queryParam("tegn", sign).when().get("/familie/vejviser").then().statusCode(200)
                .body(containsString("I kan altid tale med dem, der kender jeres barn i hverdagen")).extract().asString();
        String json = given().when().get("/vejviser/current").then().statusCode(200).extract().asString();
        for (String text : forStaff) {
            assertFalse(page.contains(text), "the family page shows the staff's text: " + text);
            assertFalse(json.contains(text), "the public JSON shows the staff's text: " + text);
        }
    }

    @Test
    void familiesReadSignsOnlyInTheirOwnWords() {
        for (String path : new String[] {"/familie", "/familie/vejviser", "/familie/vejviser?tegn=udadreagerende",
                "/familie/vejviser?tegn=belastede-foraeldre", "/vejviser/current"}) {
            String page = given().when().get(path).then().statusCode(200).extract().asString();
            for (String staff : new String[] {"Udadreagerende adfærd", "Manglende omsorg", "Mangelfuld hygiejne",
                    "Belastede forældre", "manglende-omsorg"}) {
                assertFalse(page.contains(staff), "a family reads the staff's '" + staff + "' on " + path);
            }
        }
        given().when().get("/familie").then().body(containsString("Bliver hurtigt vred eller slår"));
        given().queryParam("tegn", "manglende-omsorg").when().get("/familie/vejviser").then().statusCode(404);
    }

    /** A family has no login: the design system's files its page links to must load without one, or it reads unstyled. */
    @Test
    void theFilesAFamilysPageLinksToLoadWithoutALogin() {
        String page = given().when().get("/familie").then().statusCode(200).extract().asString();
        Matcher linked = Pattern.compile("(?:href|src)=\"(/(?:dkfds|rodtraad)/[^\"]+)\"").matcher(page);
        int files = 0;
        while (linked.find()) {
            given().redirects().follow(false).when().get(linked.group(1)).then().statusCode(200);
            files++;
        }
        assertTrue(files > 0, "the family's page links to the design system's stylesheet");
    }
}
