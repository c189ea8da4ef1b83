package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.concern.AdjustableClock;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.consultation.Consultation;
import dk.rodtraad.concern.consultation.ConsultationNote;
import dk.rodtraad.concern.consultation.Consultations;
import dk.rodtraad.testkit.FormSending;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.auditOf;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anonymous consultation pages: asking for sparring, the list, notes, and linking to the child. */
@QuarkusTest
class ConsultationPagesTest {

    private static final String SITUATION = "En pige i 3. klasse falder i søvn i timerne og har ofte ikke sovet.";

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
    }

    @Test
    void aProfessionalAsksForSparringAndColleaguesAndTheAuthorityFindItNewestFirst() {
        String older = open(HANNE, "Et barn i vuggestuen græder hver morgen i en time efter afleveringen.");
        String newer = open(HANNE, SITUATION);

        as(HANNE).when().get("/sparring/{id}?besked=oprettet", newer).then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Sparringen er oprettet."),
                        containsString("<h1>Anonym sparring</h1>"), containsString(SITUATION),
                        containsString("<dd>Skole</dd>"), containsString("<dd>9 år</dd>"),
                        containsString("Ikke knyttet til et barn. Sparringen er anonym."),
                        containsString("<h2 id=\"knyt-titel\">Knyt sparringen til barnet</h2>")));

        String list = as(PETER).when().get("/sparring").then().statusCode(200).contentType("text/html")
                .body(allOf(containsString("<h1>Anonym sparring</h1>"), containsString("href=\"/sparring/ny\""),
                        containsString("<a href=\"/sparring/" + newer + "\">" + SITUATION + "</a>")))
                .extract().asString();
        assertTrue(list.indexOf(newer) < list.indexOf(older), "newest first");
        as(PETER).when().get("/sparring/{id}", newer).then().statusCode(200)
                .body(allOf(containsString(SITUATION), not(containsString("/barn\""))));

        as(METTE).when().get("/sparring").then().statusCode(200)
                .body(allOf(containsString("href=\"/sparring/" + newer + "\""), containsString("href=\"/myndighed\""),
                        not(containsString("href=\"/sparring/ny\""))));
        String inMenu = "<a href=\"/sparring\" class=\"nav-link\"><span>Anonym sparring</span></a>";
        as(METTE).when().get("/myndighed").then().body(containsString(inMenu));
        as(HANNE).when().get("/bekymringer").then().body(containsString(inMenu));
        as(METTE).when().get("/sparring/ny").then().statusCode(403).body(containsString("<h1>Ingen adgang</h1>"));
    }

    @Test
    void afterThirtyDaysAConsultationIsListedOnlyForItsOpenerAndStillFoundByItsAddress() {
        String id = open(HANNE, SITUATION);
        clock.advance(Duration.ofDays(Consultations.LISTED_FOR_DAYS).plusHours(1));

        as(PETER).when().get("/sparring").then().statusCode(200)
                .body(allOf(containsString("En sparring står på listen i 30 dage"), not(containsString(id))));
        as(METTE).when().get("/sparring").then().body(not(containsString(id)));
        as(HANNE).when().get("/sparring").then().body(containsString("href=\"/sparring/" + id + "\""));
        as(PETER).when().get("/sparring/{id}", id).then().statusCode(200).body(containsString(SITUATION));
    }

    @Test
    void colleaguesAndTheAuthorityAddTheirSparringAsNotes() {
        String id = open(HANNE, SITUATION);
        String page = "/sparring/" + id;

        form(PETER, Map.of("text", "Spørg forældrene, hvordan aftenerne går.")).when().post(page + "/noter").then()
                .statusCode(303).header("Location", endsWith(page + "?besked=noteret"));
        form(METTE, Map.of("text", "Ikke en underretning endnu. Følg op om to uger.")).when().post(page + "/noter")
                .then().statusCode(303);

        String shown = as(HANNE).when().get(page + "?besked=noteret").then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Noten er tilføjet."),
                        containsString("<strong>Peter Nielsen, pædagog</strong>"), containsString("<strong>Mette Sørensen</strong>")))
                .extract().asString();
        assertTrue(shown.indexOf("Spørg forældrene") < shown.indexOf("Ikke en underretning endnu"), "oldest first");
        as(HANNE).when().get("/consultations/{id}", id).then().body("notes.writtenBy", equalTo(List.of(PETER, METTE)));
        as(PETER).when().get("/sparring").then().body(containsString("2 noter"));
    }

    @Test
    void aNoteFormSentTwiceAddsTheNoteOnce() {
        String id = open(HANNE, SITUATION);
        String page = "/sparring/" + id;
        var note = Map.of("text", "Spørg forældrene, hvordan aftenerne går.",
                FormSending.NAME, FormSending.of(as(PETER).when().get(page).then().statusCode(200).extract().asString()));

        form(PETER, note).when().post(page + "/noter").then().statusCode(303);
        form(PETER, note).when().post(page + "/noter").then().statusCode(303)
                .header("Location", endsWith(page + "?besked=noteret"));
        as(HANNE).when().get("/consultations/{id}", id).then().body("notes.writtenBy", equalTo(List.of(PETER)));
    }

    @Test
    void onlyTheOpenerLinksItToOneOfHerChildrenAndOnlyThoseInvolvedLearnWhichChild() throws Throwable {
        String childId = as(HANNE).body(concern(uniqueCpr(), "Sofie Lund", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");
        String id = open(HANNE, SITUATION);
        String page = "/sparring/" + id;

        as(HANNE).when().get(page).then().body(containsString("<option value=\"" + childId + "\">Sofie Lund, født "));
        form(PETER, Map.of("childCpr", uniqueCpr(), "childName", "En Anden", "version", "0"))
                .when().post(page + "/barn").then().statusCode(403);
        form(METTE, Map.of("childId", childId, "version", "0")).when().post(page + "/barn").then().statusCode(403);

        form(HANNE, Map.of("childId", childId, "version", "0")).when().post(page + "/barn").then().statusCode(303)
                .header("Location", endsWith(page + "?besked=knyttet"));
        as(HANNE).when().get(page + "?besked=knyttet").then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Sparringen er knyttet til barnet."),
                        containsString("<a href=\"/boern/" + childId + "\">Sofie Lund</a>"),
                        not(containsString("knyt-titel"))));

        as(PETER).when().get("/sparring").then().body(not(containsString(id)));
        as(PETER).when().get(page).then().statusCode(404)
                .body(allOf(containsString("<h1>Siden findes ikke</h1>"), not(containsString("Sofie Lund"))));
        as(METTE).when().get(page).then().statusCode(404).body(not(containsString("Sofie Lund")));
        form(PETER, Map.of("text", "Hvem er det?")).when().post(page + "/noter").then().statusCode(404);

        // Her link and read are logged; so is every refused attempt on the now identified child's consultation,
        // with the answer given: Peter's read, the authority's (not notified) and Peter's note.
        assertEquals(List.of("hanne WRITE Anonym sparring knyttet til barnet", "hanne READ Sparring vist",
                        "peter REFUSED Adgang nægtet (404)", "mette REFUSED Adgang nægtet (404)",
                        "peter REFUSED Adgang nægtet (404)"),
                auditOf(UUID.fromString(childId)).stream().filter(entry -> entry.what.equals("consultation"))
                        .map(entry -> entry.username + " " + entry.action + " " + entry.purpose).toList());
    }

    @Test
    void badInputComesBackInDanishBesideTheFieldsAndStoresNothing() throws Throwable {
        long before = stored();
        form(HANNE, Map.of("childAgeYears", "otte")).when().post("/sparring/ny").then().statusCode(400)
                .body(allOf(containsString("class=\"alert alert-error\""),
                        containsString("<a href=\"#f-situation\">Beskriv situationen: Beskriv situationen uden at nævne barnets navn</a>"),
                        containsString("<a href=\"#f-setting\">Hvor så du tegnene?: "),
                        containsString("<a href=\"#f-childAgeYears\">Barnets alder i år: Skriv alderen som et helt tal, fx 8</a>"),
                        containsString("value=\"otte\"")));
        form(HANNE, Map.of("situation", SITUATION, "setting", "skole", "childAgeYears", "19"))
                .when().post("/sparring/ny").then().statusCode(400)
                .body(containsString("Alderen skal være mellem 0 og 18 år"));
        assertEquals(before, stored());

        String id = open(HANNE, SITUATION);
        String page = "/sparring/" + id;
        long opened = stored();
        form(HANNE, Map.of("text", " ")).when().post(page + "/noter").then().statusCode(400)
                .body(containsString("<a href=\"#f-text\">Din note: Skriv noten</a>"));
        form(HANNE, Map.of("childCpr", "12345", "childName", "Nora Vang", "version", "0")).when().post(page + "/barn")
                .then().statusCode(400).body(allOf(containsString("<a href=\"#f-childCpr\">CPR-nummer: "),
                        containsString("value=\"Nora Vang\"")));
        form(HANNE, Map.of("childId", UUID.randomUUID().toString(), "version", "0")).when().post(page + "/barn")
                .then().statusCode(400).body(containsString("Barnet findes ikke"));
        var stale = new HashMap<String, Object>(Map.of("childCpr", uniqueCpr(), "childName", "Nora Vang", "version", "5"));
        form(HANNE, stale).when().post(page + "/barn").then().statusCode(409)
                .body(allOf(containsString("<h2 class=\"alert-heading\">Ændringen blev ikke gemt</h2>"),
                        containsString("Sparringen er ændret, siden du åbnede siden.")));
        assertEquals(opened, stored());
        as(HANNE).when().get("/consultations/{id}", id).then().body("childId", nullValue());
        as(HANNE).when().get("/sparring/ikke-et-id").then().statusCode(404).body(containsString("<h1>Siden findes ikke</h1>"));
    }

    /** Opens a consultation through the form, for a child of nine at school. */
    @Test
    void theListIsSearchedByTheSituationsWordsAndPagedTwentyAtATimeNewestFirst() {
        String word = "ord" + UUID.randomUUID().toString().substring(0, 8);
        String oldest = open(HANNE, "Den første om " + word + " i skolen.");
        for (int i = 0; i < 20; i++) {
            open(HANNE, "Endnu en om " + word + " i skolen.");
        }

        as(PETER).when().get("/sparring?q=" + word).then().statusCode(200)
                .body(allOf(containsString("21 fundet"), containsString("Side 1 af 2"),
                        containsString("href=\"/sparring?q=" + word + "&amp;side=2\""),
                        not(containsString("/sparring/" + oldest + "\""))));
        as(PETER).when().get("/sparring?q=" + word + "&side=2").then().statusCode(200)
                .body(allOf(containsString("/sparring/" + oldest + "\""), containsString(">Forrige</span>")));
        as(PETER).when().get("/sparring?q=" + word + " vuggestuen").then().statusCode(200)
                .body(containsString("Intet passer på søgningen."));
    }

    private static String open(String professional, String situation) {
        String location = form(professional, Map.of("situation", situation, "setting", "skole", "childAgeYears", "9"))
                .when().post("/sparring/ny").then().statusCode(303)
                .header("Location", containsString("?besked=oprettet")).extract().header("Location");
        return location.substring(location.indexOf("/sparring/") + 10, location.indexOf('?'));
    }

    /** Consultations, their notes and children: what a rejected form must leave as it was. */
    private static long stored() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Consultation.count()
                .chain(consultations -> ConsultationNote.count().map(notes -> consultations + notes))
                .chain(sum -> Child.count().map(children -> sum + children))));
    }
}
