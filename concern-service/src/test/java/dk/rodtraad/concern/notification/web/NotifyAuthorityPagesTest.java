package dk.rodtraad.concern.notification.web;

import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.testkit.FormSending;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.stored;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.concern.web.Forms.form;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static dk.rodtraad.testkit.DemoUsers.PETER;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A professional notifies the authority from a concern and follows the notification, through the HTML pages. */
@QuarkusTest
class NotifyAuthorityPagesTest {

    @Test
    void theChildPageLeadsToTheFormWhichExplainsTheDutyToNotify() {
        var concern = recordConcern("Frida Lund");
        as(LISE).when().get("/boern/{id}", concern.get("childId")).then().statusCode(200)
                .body(containsString("<a href=\"/bekymringer/" + concern.get("id") + "/underretning\""));
        as(LISE).when().get("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(200)
                .body(allOf(containsString("<h1>Underret myndigheden om Frida Lund</h1>"),
                        containsString("barnets lov § 133"), containsString("Pligten er din egen"),
                        containsString("<legend class=\"form-label\">Hvad underretter du om?</legend>"),
                        containsString("<label class=\"form-label\" for=\"f-knownOrSuspected\">Hvad ved du, eller hvad har du mistanke om?</label>"),
                        containsString("<legend class=\"form-label\">Er forældrene orienteret om underretningen?</legend>"),
                        containsString("<label class=\"form-label\" for=\"f-parentsNotInformedReason\">Hvorfor er forældrene ikke orienteret?</label>")));
    }

    @Test
    void parentsNotInformedNeedAReasonAndABadFormStoresNothing() throws Throwable {
        var concern = recordConcern("Gry Lund");
        long before = stored();
        form(LISE, Map.of("ground", "fravaer", "parentsInformed", "nej", "knownOrSuspected", " "))
                .when().post("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(400)
                .body(allOf(containsString("<a href=\"#f-ground\">Hvad underretter du om?: Vælg en af mulighederne</a>"),
                        containsString("<a href=\"#f-knownOrSuspected\">Hvad ved du, eller hvad har du mistanke om?: Beskriv hvad du ved eller har mistanke om</a>"),
                        containsString("<a href=\"#f-parentsNotInformedReason\">Hvorfor er forældrene ikke orienteret?: Begrund hvorfor forældrene ikke er orienteret om underretningen</a>"),
                        containsString("value=\"nej\" id=\"f-parentsInformed-1\" checked")));
        form(LISE, Map.of("knownOrSuspected", "Kommer sulten i skole."))
                .when().post("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(400)
                .body(allOf(containsString("<a href=\"#f-parentsInformed\">Er forældrene orienteret om underretningen?: "),
                        containsString("Kommer sulten i skole.")));
        assertEquals(before, stored());
    }

    @Test
    void aSentNotificationShowsUnderMyNotificationsAwaitingTheReceipt() {
        var concern = recordConcern("Hugo Lund");
        form(LISE, Map.of("ground", "saerlig-stoette", "knownOrSuspected", "Kommer sulten i skole hver dag.",
                "parentsInformed", "ja", "parentsNotInformedReason", "glemt fra før"))
                .when().post("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(303)
                .header("Location", endsWith("/underretninger?besked=sendt"));
        as(LISE).when().get("/underretninger?besked=sendt").then().statusCode(200)
                .body(allOf(containsString("role=\"status\">Underretningen er sendt til myndigheden."),
                        containsString(">Hugo Lund</a>"), containsString("Barnet kan have behov for særlig støtte"),
                        containsString("<strong class=\"badge badge-warning\">Ikke overskredet endnu</strong>"), containsString("Ikke besluttet endnu")));
        as(METTE).when().get("/myndighed").then().body(containsString(">Hugo Lund</a>"));
    }

    @Test
    void onlyInvolvedProfessionalsMayNotifyFromAConcernAndTheAuthorityMayNot() {
        var concern = recordConcern("Ib Lund");
        as(PETER).when().get("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(404)
                .body(allOf(containsString("<h1>Siden findes ikke</h1>"), not(containsString("Ib Lund"))));
        as(PETER).when().get("/bekymringer/{id}/underretning", UUID.randomUUID()).then().statusCode(404);
        as(METTE).when().get("/underretninger").then().statusCode(403).body(containsString("<h1>Ingen adgang</h1>"));
    }

    @Test
    void theFormSentTwiceNotifiesOnceAndSentAgainWithOtherContentOnlyWhenTheUserSendsItAgain() {
        var concern = recordConcern("Jens Lund");
        String page = as(LISE).when().get("/bekymringer/{id}/underretning", concern.get("id")).then()
                .statusCode(200).extract().asString();
        String sending = FormSending.of(page);
        var notice = new HashMap<>(Map.of("ground", "saerlig-stoette", "knownOrSuspected", "Kommer sulten i skole.",
                "parentsInformed", "ja", IdempotencyKey.FORM_FIELD, sending));
        for (int click = 0; click < 2; click++) {
            form(LISE, notice).when().post("/bekymringer/{id}/underretning", concern.get("id")).then()
                    .statusCode(303).header("Location", endsWith("/underretninger?besked=sendt"));
        }
        assertEquals(1, notificationsAbout(concern.get("childId")), "a form sent twice notifies once");

        // The page the back button shows, changed and sent again: the user is asked, with a new key to send it by.
        notice.put("knownOrSuspected", "Kommer sulten i skole og er træt.");
        String asked = form(LISE, notice).when().post("/bekymringer/{id}/underretning", concern.get("id")).then()
                .statusCode(400).body(containsString("Formularen er allerede sendt, med et andet indhold"))
                .extract().asString();
        assertEquals(1, notificationsAbout(concern.get("childId")));
        String newSending = FormSending.of(asked);
        assertNotEquals(sending, newSending);

        notice.put(IdempotencyKey.FORM_FIELD, newSending);
        form(LISE, notice).when().post("/bekymringer/{id}/underretning", concern.get("id")).then().statusCode(303);
        assertEquals(2, notificationsAbout(concern.get("childId")));
    }

    private static long notificationsAbout(String childId) {
        return as(LISE).when().get("/notifications/mine").then().statusCode(200).extract().jsonPath()
                .getList("childId", String.class).stream().filter(childId::equals).count();
    }

    private static Map<String, String> recordConcern(String name) {
        var concern = as(LISE).body(concern(uniqueCpr(), name, "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        var ids = new HashMap<String, String>();
        ids.put("id", concern.path("id"));
        ids.put("childId", concern.path("childId"));
        return ids;
    }
}
