package dk.rodtraad.catalogue.vejviser.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Vejviser's pages. There is one draft at a time and the database is shared with the other tests, so the test
 * that starts a draft publishes it before it ends, whatever happens on the way.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class VejviserPagesTest {

    @Inject
    WebFixtures fixtures;

    @Test
    void theEditorDraftsASignPerLevelAndPublishesWithDanishErrorsOnTheWay() throws Throwable {
        Intervention linked = fixtures.inStatus(intervention(unique("vejviser-web"), "Vejviserforløb " + unique("v").substring(2)), PUBLISHED);
        given().when().get("/katalog/vejviser").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("<h2 id=\"versioner-titel\">Versioner</h2>"), containsString(">Start et nyt udkast</button>"),
                        containsString("<h3 id=\"tegn-isolerer-sig-titel\">Isolerer sig</h3>")));
        String location = form(Map.of()).when().post("/katalog/vejviser/udkast").then().statusCode(303)
                .header("Location", containsString("besked=udkast")).extract().header("Location");
        int number = Integer.parseInt(location.replaceAll(".*/versioner/(\\d+).*", "$1"));
        try {
            String draftPage = "/katalog/vejviser/versioner/" + number;
            given().when().get(draftPage + "?besked=udkast").then().statusCode(200)
                    .body(allOf(containsString("Udkastet er oprettet"), containsString(">Offentliggør</button>"),
                            containsString("href=\"" + draftPage + "/tegn/isolerer-sig\"")));
            form(Map.of()).when().post("/katalog/vejviser/udkast").then().statusCode(409)
                    .body(containsString("Der er allerede et udkast"));

            String signPage = draftPage + "/tegn/isolerer-sig";
            given().when().get(signPage).then().statusCode(200)
                    .body(allOf(containsString("<label class=\"form-label\" for=\"f-green-lookFor\">Hvad skal man være opmærksom på</label>"),
                            containsString("name=\"yellow.whatToDo\""), containsString("<legend class=\"form-label\">Rød – alvorlig bekymring</legend>")));
            String before = entryText(number);
            long lock = lock(number);

            var bad = level("green", "", "Hold øje.", "Kolleger.", "Legeaftaler.", "findes-ikke-" + unique("x"));
            bad.put("version", String.valueOf(lock));
            form(bad).when().post(signPage).then().statusCode(400)
                    .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-green-lookFor-error\">Skriv hvad man skal være opmærksom på</span>"),
                            containsString("<a href=\"#f-green-lookFor\">"), containsString("Hold øje.</textarea>")));
            var unknown = level("green", "Ser trist ud.", "Hold øje.", "Kolleger.", "Legeaftaler.", "findes-ikke");
            unknown.put("version", String.valueOf(lock));
            form(unknown).when().post(signPage).then().statusCode(400)
                    .body(containsString("<span class=\"form-error-message\" id=\"f-green-interventions-error\">Indsatsen findes ikke i kataloget eller er udgået: findes-ikke</span>"));
            assertEquals(before, entryText(number), "a refused form stores nothing");

            String text = "Barnet sidder alene i frikvarteret " + unique("t");
            var good = level("green", text, "Hold øje.", "Kolleger.", "Legeaftaler.", linked.code);
            good.put("version", String.valueOf(lock - 1));
            form(good).when().post(signPage).then().statusCode(409).body(containsString("Udkastet er ændret af en anden"));
            good.put("version", String.valueOf(lock));
            form(good).when().post(signPage).then().statusCode(303).header("Location", containsString("besked=gemt#tegn-isolerer-sig"));
            given().when().get(draftPage).then().statusCode(200)
                    .body(allOf(containsString(text), containsString("<a href=\"/katalog/indsatser/" + linked.id + "\">" + linked.name + "</a>")));

            form(Map.of("version", String.valueOf(lock))).when().post(draftPage + "/offentliggoer").then().statusCode(409)
                    .body(containsString("Udkastet er ændret af en anden"));
            form(Map.of("version", String.valueOf(lock(number)))).when().post(draftPage + "/offentliggoer").then().statusCode(303)
                    .header("Location", containsString("/katalog/vejviser?besked=offentliggjort"));
            given().when().get("/katalog/vejviser?besked=offentliggjort").then().statusCode(200)
                    .body(allOf(containsString("Udkastet er offentliggjort"), containsString("Vejviseren, version " + number), containsString(text)));
            given().queryParam("tegn", "isolerer-sig").when().get("/familie/vejviser").then().statusCode(200)
                    .body(allOf(containsString(text), containsString("<a href=\"/familie/indsatser/" + linked.id + "\">")));
        } finally {
            JsonPath version = given().when().get("/vejviser/versions/{n}", number).then().extract().jsonPath();
            if ("udkast".equals(version.getString("status"))) {
                given().contentType(ContentType.JSON).body(Map.of("version", version.getLong("version")))
                        .when().post("/vejviser/versions/{n}/publish", number);
            }
        }
    }

    @Test
    void anUnknownVersionIsADanishNotFoundPage() {
        for (String path : new String[] {"/katalog/vejviser/versioner/abc", "/katalog/vejviser/versioner/99999",
                "/katalog/vejviser/versioner/1/tegn/isolerer-sig", "/katalog/faelles-sprog/versioner/1/grupper/findes-ikke"}) {
            given().when().get(path).then().statusCode(404).contentType(ContentType.HTML)
                    .body(allOf(containsString("<h1>Siden findes ikke</h1>"), anyOf(containsString("Versionen, tegnet eller gruppen findes ikke"),
                            containsString("Version 99999 findes ikke")), not(containsString("Barnet"))));
        }
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void staffReadTheCurrentVejviserButOnlyTheEditorChangesIt() {
        given().when().get("/katalog/vejviser").then().statusCode(200)
                .body(allOf(containsString("Vejviseren, version"), containsString("Isolerer sig"),
                        not(containsString("Start et nyt udkast")), not(containsString("versioner-titel"))));
        form(Map.of()).when().post("/katalog/vejviser/udkast").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("<h1>Ingen adgang</h1>"));
        given().when().get("/katalog/vejviser/versioner/1/tegn/isolerer-sig").then().statusCode(403)
                .body(containsString("Ingen adgang"));
        form(Map.of("version", "0")).when().post("/katalog/vejviser/versioner/1/offentliggoer").then().statusCode(403);
    }

    private static Map<String, String> level(String level, String lookFor, String whatToDo, String whom, String parents,
            String interventions) {
        var fields = new HashMap<String, String>();
        fields.put(level + ".lookFor", lookFor);
        fields.put(level + ".whatToDo", whatToDo);
        fields.put(level + ".whomToInvolve", whom);
        fields.put(level + ".parentsAndNetwork", parents);
        fields.put(level + ".interventions", interventions);
        return fields;
    }

    private static String entryText(int number) {
        return given().when().get("/vejviser/versions/{n}", number).then().statusCode(200).extract().asString();
    }

    private static long lock(int number) {
        return given().when().get("/vejviser/versions/{n}", number).then().extract().jsonPath().getLong("version");
    }

    private static RequestSpecification form(Map<String, String> fields) {
        RequestSpecification request = FormToken.fetch().on(given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
        fields.forEach(request::formParam);
        return request;
    }
}
