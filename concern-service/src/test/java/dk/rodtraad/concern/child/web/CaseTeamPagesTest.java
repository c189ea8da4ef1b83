package dk.rodtraad.concern.child.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The child's page for a professional outside the case team (ADR 0006): with records of their own they see those,
 * whom to contact on the team and the form to ask to join; the one who decides accepts on the page, naming the
 * tovholder there when the joiner's concerns make the case need one. Everyone else gets the page of a child that does
 * not exist.
 */
@QuarkusTest
class CaseTeamPagesTest {

    private static final String GROUND = "tidlig-forebyggende-indsats";

    @Test
    void aProfessionalWithOwnRecordsSeesThemAndTheTeamsContactAndAsksToJoin() throws Throwable {
        String cpr = uniqueCpr();
        String childId = as(HANNE).body(concern(cpr, "Nora Bakke", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String page = "/boern/" + childId;

        as(PETER).when().get(page).then().statusCode(404)
                .body(allOf(containsString("<h1>Siden findes ikke</h1>"), not(containsString("Nora Bakke"))));
        as(METTE).when().get(page).then().statusCode(404).body(not(containsString("Nora Bakke")));

        var own = concern(cpr, "nora bakke", "red", "skole");
        own.put("observation", "Kommer for sent hver dag.");
        as(LISE).body(own).when().post("/concerns").then().statusCode(201);
        String consultation = as(LISE).body(Map.of("situation", "En elev kommer for sent hver dag.",
                "setting", "skole")).when().post("/consultations").then().statusCode(201).extract().path("id");
        as(LISE).body(Map.of("child", Map.of("cpr", cpr, "name", "Nora Bakke"), "version", 0))
                .when().post("/consultations/{id}/child", consultation).then().statusCode(200);

        as(LISE).when().get(page).then().statusCode(200).body(allOf(
                containsString("<h1>Nora Bakke</h1>"),
                containsString("<h2 id=\"sagsteam-titel\">Barnet har et sagsteam</h2>"),
                containsString("Sagen har endnu ingen tovholder. Kontakt den fagperson, der oprettede sagen:"),
                containsString("<dd>Hanne Holm</dd>"), containsString("<dd>sundhedsplejerske</dd>"),
                containsString("<a href=\"mailto:hanne@rodtraad.example\">hanne@rodtraad.example</a>"),
                containsString("<a href=\"tel:+4520112201\">+45 20 11 22 01</a>"),
                containsString("Kommer for sent hver dag."),
                containsString("<a href=\"/sparring/" + consultation + "\">En elev kommer for sent hver dag.</a>"),
                containsString("<form action=\"/boern/" + childId + "/sag/anmodning\" method=\"post\""),
                not(containsString("Trækker sig fra legen.")), not(containsString(cpr)),
                not(containsString("tidslinje-titel")), not(containsString("revurdering"))));
        assertEquals(List.of("lise READ case-team", "lise READ concern", "lise READ consultation"),
                auditOf(UUID.fromString(childId)).stream().filter(entry -> entry.username.equals(LISE)
                                && entry.action.name().equals("READ"))
                        .map(entry -> entry.username + " " + entry.action + " " + entry.what).toList());

        // Consent needs its three facts, each told beside its field; nothing is asked yet.
        form(LISE, Map.of("basis", "samtykke", "consentGivenTo", "Lise Berg")).when().post(page + "/sag/anmodning")
                .then().statusCode(400).body(allOf(
                        containsString("<a href=\"#f-consentGivenOn\">Samtykket givet den: Angiv hvornår samtykket blev givet</a>"),
                        containsString("<span class=\"form-error-message\" id=\"f-consentScope-error\">Angiv hvad samtykket omfatter</span>"),
                        containsString("value=\"Lise Berg\""),
                        containsString("Bed om at komme med i sagsteamet")));
        form(LISE, Map.of()).when().post(page + "/sag/anmodning").then().statusCode(400)
                .body(containsString("<a href=\"#f-basis\">Grundlag: Angiv grundlaget"));
        as(LISE).when().get("/children/{id}/team/summary", childId).then().body("requested", equalTo(false));

        form(LISE, Map.of("basis", GROUND, "message", "Jeg er hendes klasselærer")).when()
                .post(page + "/sag/anmodning").then().statusCode(303)
                .header("Location", endsWith(page + "?besked=anmodet"));
        as(LISE).when().get(page + "?besked=anmodet").then().statusCode(200).body(allOf(
                containsString("role=\"status\">Din anmodning om at komme med i sagsteamet er sendt."),
                containsString("Du har bedt om at komme med i sagsteamet."),
                not(containsString("/sag/anmodning\""))));
        form(LISE, Map.of("basis", GROUND)).when().post(page + "/sag/anmodning").then().statusCode(409)
                .body(containsString("Du har allerede bedt om at komme med i sagsteamet"));
        // The form is a fagperson's: the authority is refused as anywhere else on the case team's forms.
        form(METTE, Map.of("basis", GROUND)).when().post(page + "/sag/anmodning").then().statusCode(403);
    }

    @Test
    void acceptingAJoinerWhoseConcernsMakeTheCaseCrossDisciplinaryNamesTheTovholderBesideThatRequest() {
        String cpr = uniqueCpr();
        String childId = as(HANNE).body(concern(cpr, "Otto Bakke", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String page = "/boern/" + childId;
        as(LISE).body(concern(cpr, "Otto Bakke", "red", "skole")).when().post("/concerns").then().statusCode(201);
        String request = as(LISE).body(Map.of("basis", Map.of("code", GROUND))).when()
                .post("/children/{id}/team/requests", childId).then().statusCode(201).extract().path("id");
        String accept = page + "/sag/anmodninger/" + request + "/imoedekom";

        as(HANNE).when().get(page).then().statusCode(200).body(allOf(
                containsString("<strong>Lise Berg</strong> (lærer) beder om at komme med."),
                containsString("<label class=\"form-label\" for=\"f-tovholder-" + request + "\">Hvem skal være tovholder?</label>"),
                containsString("<option value=\"hanne\">Hanne Holm (sundhedsplejerske)</option>"),
                containsString("<option value=\"lise\">Lise Berg (lærer)</option>")));

        form(HANNE, Map.of()).when().post(accept).then().statusCode(400).body(allOf(
                containsString("<a href=\"#f-tovholder-" + request + "\">Hvem skal være tovholder?: En tværfaglig sag"),
                containsString("<span class=\"form-error-message\" id=\"f-tovholder-" + request + "-error\">"),
                not(containsString("id=\"f-tovholder-error\""))));
        as(HANNE).when().get("/children/{id}/team", childId).then().body("username", equalTo(List.of(HANNE)));

        form(HANNE, Map.of("tovholder", LISE)).when().post(accept).then().statusCode(303)
                .header("Location", endsWith(page + "?besked=imoedekommet"));
        as(HANNE).when().get("/children/{id}/coordination", childId).then().body("tovholder", equalTo(LISE))
                .body("disciplines", equalTo(List.of("laerer", "sundhedsplejerske")));
        as(LISE).when().get(page).then().statusCode(200).body(allOf(containsString("tidslinje-titel"),
                containsString("Trækker sig fra legen."),
                containsString(">Lise Berg <strong class=\"badge badge-info\">tovholder</strong></td>")));

        // With a tovholder the next joiner's acceptance names none.
        as(PETER).body(concern(cpr, "Otto Bakke", "yellow", "dagtilbud")).when().post("/concerns").then().statusCode(201);
        String peters = as(PETER).body(Map.of("basis", Map.of("code", GROUND))).when()
                .post("/children/{id}/team/requests", childId).then().statusCode(201).extract().path("id");
        as(LISE).when().get(page).then().body(allOf(containsString("Imødekom Peter Nielsen"),
                not(containsString("f-tovholder-" + peters))));
    }
}
