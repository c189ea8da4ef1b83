package dk.rodtraad.catalogue.language.web;

import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared language's pages. One draft at a time in a database shared with the other tests: a test that starts a
 * draft publishes it before it ends, and changes only a description, which no other test reads, or changes the
 * draft's shape and puts it back as it was.
 */
@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class LanguagePagesTest {

    private static final String GROUP = "sociale-relationer";

    @Test
    void theEditorChangesASignInADraftWithDanishErrorsBesideTheFieldsAndPublishes() {
        given().when().get("/katalog/faelles-sprog").then().statusCode(200).contentType(ContentType.HTML)
                .body(allOf(containsString("Det fælles sprog, version"), containsString(">isolerer-sig</td>"),
                        containsString(" (Rød Tråd)</td>"), not(containsString("(rodtraad)")),
                        containsString("Grøn – trives"), containsString("Akut – fare eller mistanke om overgreb")));
        inADraft(number -> {
            String draftPage = "/katalog/faelles-sprog/versioner/" + number;
            String groupPage = draftPage + "/grupper/" + GROUP;
            given().when().get(draftPage).then().statusCode(200)
                    .body(allOf(containsString(">Offentliggør</button>"), containsString("href=\"" + groupPage + "\""),
                            containsString(" (Karin Vestergaard)</td>")));
            given().when().get(groupPage).then().statusCode(200)
                    .body(allOf(containsString("<label class=\"form-label\" for=\"f-isolerer-sig-name\">Navn</label>"),
                            containsString("name=\"isolerer-sig.ageToYears\" value=\"18\""), containsString("value=\"Sociale relationer\"")));
            String before = draft(number).prettify();
            long lock = draft(number).getLong("version");

            var bad = groupForm(lock);
            bad.put("isolerer-sig.name", "");
            bad.put("isolerer-sig.ageToYears", "tre");
            form(bad).when().post(groupPage).then().statusCode(400)
                    .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-isolerer-sig-name-error\">Angiv et navn</span>"),
                            containsString("<span class=\"form-error-message\" id=\"f-isolerer-sig-ageToYears-error\">Skriv et helt tal, fx 6</span>"),
                            containsString("<a href=\"#f-isolerer-sig-ageToYears\">"), containsString("value=\"tre\"")));
            var backwards = groupForm(lock);
            backwards.put("isolerer-sig.ageFromYears", "10");
            backwards.put("isolerer-sig.ageToYears", "5");
            form(backwards).when().post(groupPage).then().statusCode(400)
                    .body(containsString("<span class=\"form-error-message\" id=\"f-isolerer-sig-ageToYears-error\">Skal være mindst fra-alderen</span>"));
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
                    .body(allOf(containsString("<legend class=\"form-label\">Gult niveau</legend>"), containsString("<label class=\"form-label\" for=\"f-yellow-guidance\">Hvad man gør</label>"),
                            containsString("<legend class=\"form-label\">Akut-markeringen</legend>")));
            var scale = scaleForm(draft(number));
            scale.put("yellow.guidance", " ");
            form(scale).when().post(scalePage).then().statusCode(400)
                    .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-yellow-guidance-error\">Angiv hvad man gør</span>"),
                            containsString("<a href=\"#f-yellow-guidance\">")));
            form(scaleForm(draft(number))).when().post(scalePage).then().statusCode(303)
                    .header("Location", containsString("besked=gemt#skala"));

            form(Map.of("version", String.valueOf(draft(number).getLong("version")))).when().post(draftPage + "/offentliggoer")
                    .then().statusCode(303).header("Location", containsString("/katalog/faelles-sprog?besked=offentliggjort"));
            given().when().get("/katalog/faelles-sprog").then().body(allOf(containsString("Det fælles sprog, version " + number),
                    containsString(description)));
        });
    }

    @Test
    void theEditorAddsMovesAndRemovesSignsAndGroupsAndNothingIsStoredOnBadInput() {
        inADraft(number -> {
            String draftPage = "/katalog/faelles-sprog/versioner/" + number;
            String structure = draftPage + "/opbygning";
            String original = draft(number).prettify();
            given().when().get(draftPage).then().statusCode(200).body(containsString("href=\"" + structure + "\""));
            given().when().get(structure).then().statusCode(200)
                    .body(allOf(containsString("aria-label=\"Flyt ned: Isolerer sig\">Flyt ned</button>"),
                            containsString("<label class=\"form-label\" for=\"f-tegn-group\">Gruppe</label>"),
                            containsString("<legend class=\"form-label\">Gruppens første tegn</legend>")));

            var bad = newSign(lock(number), "Ikke En Kode");
            bad.put("tegn-group", "");
            bad.put("tegn.name", " ");
            bad.put("tegn.ageFromYears", "tre");
            form(bad).when().post(structure + "/tegn").then().statusCode(400)
                    .body(allOf(containsString("<span class=\"form-error-message\" id=\"f-tegn-group-error\">Vælg den gruppe, tegnet skal stå i</span>"),
                            containsString("<span class=\"form-error-message\" id=\"f-tegn-code-error\">Kun små bogstaver a-z, tal og bindestreg</span>"),
                            containsString("<span class=\"form-error-message\" id=\"f-tegn-name-error\">Angiv et navn</span>"),
                            containsString("<a href=\"#f-tegn-ageFromYears\">Tilføj et tegn, Alder fra (år): Skriv et helt tal, fx 6</a>"),
                            containsString("value=\"Ikke En Kode\"")));
            form(newSign(lock(number), "isolerer-sig")).when().post(structure + "/tegn").then().statusCode(400)
                    .body(containsString("<span class=\"form-error-message\" id=\"f-tegn-code-error\">Koden findes allerede: isolerer-sig</span>"));
            form(Map.of("version", String.valueOf(lock(number)))).when().post(structure + "/grupper/" + GROUP + "/fjern")
                    .then().statusCode(400).body(containsString("Gruppen er ikke fjernet."));
            assertEquals(original, draft(number).prettify(), "a refused form stores nothing");

            String sign = unique("tegn");
            form(newSign(lock(number), sign)).when().post(structure + "/tegn").then().statusCode(303)
                    .header("Location", containsString("/opbygning?besked=gemt#gruppe-" + GROUP));
            List<String> signs = signsOf(number, GROUP);
            assertEquals(sign, signs.getLast(), "a new sign goes last in its group");
            form(Map.of("version", String.valueOf(lock(number)), "retning", "op")).when()
                    .post(structure + "/tegn/" + sign + "/flyt").then().statusCode(303);
            assertEquals(sign, signsOf(number, GROUP).get(signs.size() - 2));
            form(Map.of("version", String.valueOf(lock(number) - 1), "retning", "ned")).when()
                    .post(structure + "/tegn/" + sign + "/flyt").then().statusCode(409)
                    .body(containsString("Udkastet er ændret af en anden"));
            form(Map.of("version", String.valueOf(lock(number)), "retning", "ned")).when()
                    .post(structure + "/tegn/" + sign + "/flyt").then().statusCode(303);
            assertEquals(signs, signsOf(number, GROUP));

            String group = unique("gruppe");
            var newGroup = new HashMap<String, String>();
            newGroup.put("version", String.valueOf(lock(number)));
            newGroup.put("gruppe.code", group);
            newGroup.put("gruppe.name", "Prøvegruppe");
            newGroup.put("gruppe-tegn.code", group + "-foerste");
            newGroup.put("gruppe-tegn.name", "Første tegn");
            newGroup.put("gruppe-tegn.description", "Et tegn, der kun findes i prøven");
            newGroup.put("gruppe-tegn.ageFromYears", "0");
            newGroup.put("gruppe-tegn.ageToYears", "18");
            form(newGroup).when().post(structure + "/grupper").then().statusCode(303)
                    .header("Location", containsString("#gruppe-" + group));
            form(Map.of("version", String.valueOf(lock(number)), "gruppe", group)).when()
                    .post(structure + "/tegn/" + sign + "/flyt").then().statusCode(303);
            assertEquals(List.of(group + "-foerste", sign), signsOf(number, group));
            assertEquals(signs.subList(0, signs.size() - 1), signsOf(number, GROUP));
            given().when().get(structure).then().statusCode(200)
                    .body(containsString("Ja, fjern gruppen Prøvegruppe og dens 2 tegn"));

            form(Map.of("version", String.valueOf(lock(number)))).when().post(structure + "/tegn/" + sign + "/fjern")
                    .then().statusCode(303);
            assertEquals(List.of(group + "-foerste"), signsOf(number, group));
            given().when().get(structure).then().statusCode(200).body(containsString("Gruppens eneste tegn."));
            form(Map.of("version", String.valueOf(lock(number)), "bekraeft", "ja"))
                    .when().post(structure + "/grupper/" + group + "/fjern").then().statusCode(303);
            assertEquals(new JsonPath(original).getMap("content"), draft(number).getMap("content"),
                    "added, moved and removed again, the draft is as it began");
        });
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void onlyTheKatalogredaktoerEditsTheSharedLanguage() {
        given().when().get("/katalog/faelles-sprog").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("<h1>Ingen adgang</h1>"));
        form(Map.of()).when().post("/katalog/faelles-sprog/udkast").then().statusCode(403);
        given().when().get("/katalog/faelles-sprog/versioner/1/grupper/" + GROUP).then().statusCode(403);
        given().when().get("/katalog/faelles-sprog/versioner/1/opbygning").then().statusCode(403);
    }

    /**
     * Starts a draft on the page and runs the steps on it; a draft the steps leave unpublished is published after
     * them, as there is one draft at a time.
     */
    private static void inADraft(IntConsumer steps) {
        String location = form(Map.of()).when().post("/katalog/faelles-sprog/udkast").then().statusCode(303)
                .extract().header("Location");
        int number = Integer.parseInt(location.replaceAll(".*/versioner/(\\d+).*", "$1"));
        try {
            steps.accept(number);
        } finally {
            JsonPath version = draft(number);
            if ("udkast".equals(version.getString("status"))) {
                given().contentType(ContentType.JSON).body(Map.of("version", version.getLong("version")))
                        .when().post("/shared-language/versions/{n}/publish", number);
            }
        }
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

    /** The form that adds a sign to {@link #GROUP}, filled in but for the code. */
    private static Map<String, String> newSign(long lock, String code) {
        var fields = new HashMap<String, String>();
        fields.put("version", String.valueOf(lock));
        fields.put("tegn-group", GROUP);
        fields.put("tegn.code", code);
        fields.put("tegn.name", "Prøvetegn");
        fields.put("tegn.description", "Et tegn, der kun findes i prøven");
        fields.put("tegn.ageFromYears", "6");
        fields.put("tegn.ageToYears", "12");
        return fields;
    }

    private static List<String> signsOf(int number, String group) {
        return draft(number).getList("content.groups.find { it.code == '" + group + "' }.signs.code");
    }

    private static long lock(int number) {
        return draft(number).getLong("version");
    }

    private static JsonPath draft(int number) {
        return given().when().get("/shared-language/versions/{n}", number).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification form(Map<String, String> fields) {
        RequestSpecification request = FormToken.fetch().on(given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
        fields.forEach(request::formParam);
        return request;
    }

}
