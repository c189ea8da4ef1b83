package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.web.WebFixtures;
import dk.rodtraad.testkit.FormToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static dk.rodtraad.catalogue.intervention.Fixtures.stored;
import static dk.rodtraad.catalogue.intervention.Fixtures.unique;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.PUBLISHED;
import static dk.rodtraad.catalogue.intervention.InterventionStatus.RETIRED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class EditorPagesTest {

    @Inject
    WebFixtures fixtures;

    @Test
    void theHeaderNamesTheEditorsRoleInDanishNotByItsCode() {
        given().when().get("/katalog/ny").then().statusCode(200)
                .body(allOf(containsString("katalogredaktør"), not(containsString("(katalogredaktoer)"))));
    }

    @Test
    void theEditorFormLabelsEveryFieldAndGroupsTheChoices() {
        given().when().get("/katalog/ny").then().statusCode(200)
                .body(allOf(containsString("<label class=\"form-label\" for=\"f-code\">Kode</label>"),
                        containsString("<label class=\"form-label\" for=\"f-shortDescription\">Kort beskrivelse</label>"),
                        containsString("<legend class=\"form-label\">Forebyggelsesniveau</legend>"),
                        containsString("<legend class=\"form-label\">Tegn, indsatsen retter sig mod</legend>"),
                        containsString("Efter henvisning fra en fagperson"),
                        containsString("<option value=\"lokal-praksis\">Lokal praksis</option>"),
                        containsString("<label class=\"form-label\" for=\"f-competences\">Kompetencer hos personalet</label>")));
    }

    @Test
    void anInvalidFormShowsTheDanishErrorsBesideTheFieldsAndInASummaryAndStoresNothing() throws Throwable {
        long before = stored();
        form(Map.of("code", "Ugyldig Kode", "name", "", "ageFromYears", "10", "ageToYears", "8", "step", "syv",
                "type", "netvaerksgruppe"))
                .when().post("/katalog/ny").then().statusCode(400)
                .body(allOf(containsString("class=\"alert alert-error\""),
                        containsString("<a href=\"#f-code\">Kode: Kun små bogstaver a-z, tal og bindestreg</a>"),
                        containsString("<a href=\"#f-name\">Navn: Angiv et navn</a>"),
                        containsString("<a href=\"#f-ageToYears\">Alder til (år): Skal være mindst fra-alderen</a>"),
                        containsString("<a href=\"#f-step\">Trin på Indsatstrappen: Skriv et helt tal, fx 6</a>"),
                        containsString("<a href=\"#f-signs\">Tegn, indsatsen retter sig mod: Angiv mindst ét tegn, indsatsen retter sig mod</a>"),
                        containsString("<span class=\"form-error-message\" id=\"f-name-error\">Angiv et navn</span>"),
                        containsString("aria-describedby=\"f-name-error\""),
                        containsString("value=\"Ugyldig Kode\""),
                        containsString("<option value=\"netvaerksgruppe\" selected>")));
        assertEquals(before, stored());
    }

    @Test
    void theEditorCreatesEditsAndPublishesThroughTheForms() throws Throwable {
        String code = unique("web-ny");
        var content = new java.util.HashMap<>(formOf(intervention(code, "Webforløb for forældre")));
        String location = form(content).when().post("/katalog/ny").then().statusCode(303)
                .header("Location", containsString("besked=oprettet")).extract().header("Location");
        String page = location.substring(location.indexOf("/katalog/indsatser/"), location.indexOf('?'));

        given().when().get(location).then().statusCode(200)
                .body(allOf(containsString("Indsatsen er oprettet som udkast"), containsString("<span class=\"badge badge-warning\">Udkast</span>"),
                        containsString(">Offentliggør</button>"), containsString(">Udgå</button>"),
                        not(containsString(">Sæt på pause</button>")), containsString("Ængstelig")));

        content.put("waitingWeeks", "3");
        content.put("version", "0");
        form(content).when().post(page + "/rediger").then().statusCode(303).header("Location", endsWith("besked=gemt"));

        form(Map.of("version", "1", "status", "offentliggjort")).when().post(page + "/status").then().statusCode(303);
        given().when().get(page).then().statusCode(200)
                .body(allOf(not(containsString("class=\"badge")), containsString(">Sæt på pause</button>"), containsString("3 uger"),
                        containsString(" (Karin Vestergaard)</dd>")));

        given().when().get(page + "/historik").then().statusCode(200)
                .body(allOf(containsString("Versionshistorik: Webforløb for forældre"), containsString(">Oprettet</td>"),
                        containsString(">Ændret</td>"), containsString(">Offentliggjort</td>"),
                        containsString("Indhold i version 3"), containsString(">Karin Vestergaard</td>"),
                        not(containsString(">karin</td>"))));
    }

    @Test
    void aStaleVersionGetsAClearDanishMessageAndChangesNothing() throws Throwable {
        Intervention published = fixtures.inStatus(intervention(unique("web-gammel"), "Webgammel"), PUBLISHED);
        String page = "/katalog/indsatser/" + published.id;
        var content = new java.util.HashMap<>(formOf(intervention(published.code, "Webgammel ændret")));
        content.put("version", String.valueOf(published.lockVersion - 1));

        form(content).when().post(page + "/rediger").then().statusCode(409)
                .body(allOf(containsString("Indsatsen er ændret af en anden"), containsString("value=\"Webgammel ændret\"")));
        form(Map.of("version", String.valueOf(published.lockVersion - 1), "status", "pause")).when().post(page + "/status")
                .then().statusCode(409).body(containsString("Indsatsen er ændret af en anden"));
        given().when().get(page).then().body(allOf(containsString("<h1>Webgammel</h1>"), not(containsString("Sat på pause"))));
    }

    @Test
    void theServiceRefusalsAreShownOnTheForm() throws Throwable {
        Intervention taken = fixtures.draft(intervention(unique("web-optaget"), "Weboptaget"));
        form(formOf(intervention(taken.code, "Webandet"))).when().post("/katalog/ny").then().statusCode(400)
                .body(containsString("<a href=\"#f-code\">Kode: Koden bruges allerede af Weboptaget</a>"));

        Intervention retired = fixtures.inStatus(intervention(unique("web-udgaaet"), "Webudgået"), RETIRED);
        var content = new java.util.HashMap<>(formOf(intervention(retired.code, "Webudgået igen")));
        content.put("version", String.valueOf(retired.lockVersion));
        form(content).when().post("/katalog/indsatser/" + retired.id + "/rediger").then().statusCode(409)
                .body(containsString("Indsatsen er udgået og kan ikke ændres."));
        given().when().get("/katalog/indsatser/" + retired.id).then().statusCode(200)
                .body(allOf(not(containsString("/status\"")), not(containsString("/rediger\""))));
        form(content).when().post("/katalog/indsatser/00000000-0000-0000-0000-000000000000/rediger").then().statusCode(404)
                .body(containsString("Indsatsen findes ikke"));
    }

    @Test
    void anUnknownInterventionIsADanishNotFoundPage() {
        given().when().get("/katalog/indsatser/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body(containsString("Indsatsen findes ikke"));
        given().when().get("/katalog/indsatser/ikke-et-id").then().statusCode(404).body(containsString("Indsatsen findes ikke"));
        given().when().get("/katalog/indsatser/00000000-0000-0000-0000-000000000000/rediger").then().statusCode(404)
                .contentType(ContentType.HTML).body(containsString("Indsatsen findes ikke"));
    }

    @Test
    @TestSecurity(user = "hanne", roles = "fagperson")
    void nonEditorsCannotReachTheEditor() throws Throwable {
        Intervention published = fixtures.inStatus(intervention(unique("web-laes"), "Weblæs"), PUBLISHED);
        String page = "/katalog/indsatser/" + published.id;
        given().when().get(page).then().statusCode(200)
                .body(allOf(containsString("Weblæs"), not(containsString("/rediger")), not(containsString("/status\""))));
        given().when().get("/katalog/ny").then().statusCode(403).contentType(ContentType.HTML)
                .body(containsString("<h1>Ingen adgang</h1>"));
        form(formOf(intervention(unique("web-nej"), "Webnej"))).when().post("/katalog/ny").then().statusCode(403);
        given().when().get(page + "/rediger").then().statusCode(403);
        form(Map.of("version", "1", "status", "pause")).when().post(page + "/status").then().statusCode(403);
        given().when().get(page + "/historik").then().statusCode(403);
        given().when().get("/katalog/import").then().statusCode(403).body(containsString("Ingen adgang"));
        given().when().get("/csv/interventions").then().statusCode(200);
        given().when().get("/interventions/{id}/history", published.id).then().statusCode(403)
                .contentType("application/problem+json");
    }

    /** The JSON fixture as the browser would send the form: lists one per line, signs as repeated fields. */
    private static Map<String, Object> formOf(Map<String, Object> content) {
        var form = new java.util.HashMap<String, Object>();
        content.forEach((field, value) -> {
            if (value instanceof List<?> list && !field.equals("signs")) {
                form.put(field, String.join("\n", list.stream().map(String::valueOf).toList()));
            } else {
                form.put(field, value);
            }
        });
        return form;
    }

    private static RequestSpecification form(Map<String, ?> fields) {
        RequestSpecification request = FormToken.fetch().on(given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8"));
        fields.forEach((field, value) -> {
            if (value instanceof List<?> list) {
                request.formParam(field, list.toArray());
            } else {
                request.formParam(field, String.valueOf(value));
            }
        });
        return request;
    }
}
