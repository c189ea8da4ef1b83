package dk.rodtraad.catalogue.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared language's pages. One draft at a time in a database shared with the other tests: the test that starts
 * a draft publishes it before it ends, and changes only a description, which no other test reads.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class LanguagePagesTest {

    private static final String GROUP = "sociale-relationer";

    @Test
    void theEditorChangesASignInADraftWithDanishErrorsBesideTheFieldsAndPublishes() {
        given().when().get("/katalog/faelles-sprog").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("Det fælles sprog, version"), containsString("<td>isolerer-sig</td>"),
                        containsString("Grøn – trives"), containsString("Akut – fare eller mistanke om overgreb")));
        String location = form(Map.of()).when().post("/katalog/faelles-sprog/udkast").then().statusCode(303)
                .extract().header("Location");
        int number = Integer.parseInt(location.replaceAll(".*/versioner/(\\d+).*", "$1"));
        try {
            String draftPage = "/katalog/faelles-sprog/versioner/" + number;
            String groupPage = draftPage + "/grupper/" + GROUP;
            given().when().get(draftPage).then().statusCode(200)
                    .body(allOf(containsString(">Offentliggør</button>"), containsString("href=\"" + groupPage + "\"")));
            given().when().get(groupPage).then().statusCode(200)
                    .body(allOf(containsString("<label for=\"f-isolerer-sig-name\">Navn</label>"),
                            containsString("name=\"isolerer-sig.ageToYears\" value=\"18\""), containsString("value=\"Sociale relationer\"")));
            String before = draft(number).prettify();
            long lock = draft(number).getLong("version");

            var bad = groupForm(lock);
            bad.put("isolerer-sig.name", "");
            bad.put("isolerer-sig.ageToYears", "tre");
            form(bad).when().post(groupPage).then().statusCode(400)
                    .body(allOf(containsString("<span class=\"rt-error\" id=\"f-isolerer-sig-name-error\">Angiv et navn</span>"),
                            containsString("<span class=\"rt-error\" id=\"f-isolerer-sig-ageToYears-error\">Skriv et helt tal, fx 6</span>"),
                            containsString("<a href=\"#f-isolerer-sig-ageToYears\">"), containsString("value=\"tre\"")));
            var backwards = groupForm(lock);
            backwards.put("isolerer-sig.ageFromYears", "10");
            backwards.put("isolerer-sig.ageToYears", "5");
            form(backwards).when().post(groupPage).then().statusCode(400)
                    .body(containsString("<span class=\"rt-error\" id=\"f-isolerer-sig-ageToYears-error\">Skal være mindst fra-alderen</span>"));
            assertEquals(before, draft(number).prettify(), "a refused form stores nothing");

            String description = "Barnet trækker sig fra fællesskabet " + unique("d");
            var good = groupForm(lock - 1);
            good.put("isolerer-sig.description", description);
            form(good).when().post(groupPage).then().statusCode(409).body(containsString("Udkastet er ændret af en anden"));
            good.put("version", String.valueOf(lock));
            form(good).when().post(groupPage).then().statusCode(303).header("Location", containsString("besked=gemt#gruppe-" + GROUP));
            given().when().get(draftPage + "?besked=gemt").then().body(allOf(containsString("Dine ændringer i udkastet er gemt."),
                    containsString(description)));

            String scalePage = draftPage + "/skala";
            given().when().get(scalePage).then().statusCode(200)
                    .body(allOf(containsString("<legend>Gult niveau</legend>"), containsString("<label for=\"f-yellow-guidance\">Hvad man gør</label>"),
                            containsString("<legend>Akut-markeringen</legend>")));
            var scale = scaleForm(draft(number));
            scale.put("yellow.guidance", " ");
            form(scale).when().post(scalePage).then().statusCode(400)
                    .body(allOf(containsString("<span class=\"rt-error\" id=\"f-yellow-guidance-error\">Angiv hvad man gør</span>"),
                            containsString("<a href=\"#f-yellow-guidance\">")));
            form(scaleForm(draft(number))).when().post(scalePage).then().statusCode(303)
                    .header("Location", containsString("besked=gemt#skala"));

            form(Map.of("version", String.valueOf(draft(number).getLong("version")))).when().post(draftPage + "/offentliggoer")
                    .then().statusCode(303).header("Location", containsString("/katalog/faelles-sprog?besked=offentliggjort"));
            given().when().get("/katalog/faelles-sprog").then().body(allOf(containsString("Det fælles sprog, version " + number),
                    containsString(description)));
        } finally {
            JsonPath version = draft(number);
            if ("DRAFT".equals(version.getString("status"))) {
                given().contentType(ContentType.JSON).body(Map.of("version", version.getLong("version")))
                        .when().post("/shared-language/versions/{n}/publish", number);
            }
        }
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void onlyTheKatalogredaktoerEditsTheSharedLanguage() {
        given().when().get("/katalog/faelles-sprog").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("<h1>Kun for katalogredaktøren</h1>"));
        form(Map.of()).when().post("/katalog/faelles-sprog/udkast").then().statusCode(403);
        given().when().get("/katalog/faelles-sprog/versioner/1/grupper/" + GROUP).then().statusCode(403);
    }

    /** The group's form as the page fills it from the draft, with the given lock version. */
    private static Map<String, String> groupForm(long lock) {
        var fields = new HashMap<String, String>();
        fields.put("version", String.valueOf(lock));
        fields.put("name", "Sociale relationer");
        for (Map<String, Object> sign : given().when().get("/shared-language/current").then().extract().jsonPath()
                .<Map<String, Object>>getList("content.groups.find { it.code == '" + GROUP + "' }.signs")) {
            fields.put(sign.get("code") + ".name", (String) sign.get("name"));
            fields.put(sign.get("code") + ".description", (String) sign.get("description"));
            fields.put(sign.get("code") + ".ageFromYears", String.valueOf(sign.get("ageFromYears")));
            fields.put(sign.get("code") + ".ageToYears", String.valueOf(sign.get("ageToYears")));
        }
        return fields;
    }

    /** The scale's form as the page fills it from the draft. */
    private static Map<String, String> scaleForm(JsonPath draft) {
        var fields = new HashMap<String, String>();
        fields.put("version", String.valueOf(draft.getLong("version")));
        for (Map<String, Object> level : draft.<Map<String, Object>>getList("content.scale")) {
            for (String field : new String[] {"name", "meaning", "guidance"}) {
                fields.put(level.get("code") + "." + field, (String) level.get(field));
            }
        }
        fields.put("acute.name", draft.getString("content.acute.name"));
        fields.put("acute.guidance", draft.getString("content.acute.guidance"));
        return fields;
    }

    private static JsonPath draft(int number) {
        return given().when().get("/shared-language/versions/{n}", number).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification form(Map<String, String> fields) {
        RequestSpecification request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(request::formParam);
        return request;
    }

}
