package dk.rodtraad.concern.notification;

import dk.rodtraad.chassis.time.DanishDates;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.notification.NotificationFixtures.stored;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad underretning is a 400 problem+json naming the fields, and stores nothing. */
@QuarkusTest
class NotifyAuthorityBadInputTest {

    @Test
    void namesEveryMissingField() throws Throwable {
        rejected("/notifications", Map.of()).body("errors.field",
                equalTo(List.of("child", "ground", "knownOrSuspected", "parentsInformed")));
        rejected(fromConcern(), Map.of()).body("errors.field",
                equalTo(List.of("ground", "knownOrSuspected", "parentsInformed")));
    }

    @Test
    void rejectsAGroundOutsideTheDutyToNotify() throws Throwable {
        var body = noticeAbout(uniqueCpr(), "Otto Berg");
        body.put("ground", "bekymring");
        rejected("/notifications", body).body("errors.field", equalTo(List.of("ground")));
    }

    @Test
    void rejectsParentsNotInformedWithoutAReason() throws Throwable {
        var body = noticeAbout(uniqueCpr(), "Otto Berg");
        body.put("parentsNotInformedReason", "  ");
        rejected("/notifications", body).body("errors.field", equalTo(List.of("parentsNotInformedReason")))
                .body("errors[0].message", equalTo("Begrund hvorfor forældrene ikke er orienteret om underretningen"));
        body.put("parentsInformed", true);
        body.put("parentsNotInformedReason", "De er ikke orienteret.");
        rejected(fromConcern(), body).body("errors.field", equalTo(List.of("parentsNotInformedReason")));
    }

    @Test
    void rejectsABadChildAndABlankText() throws Throwable {
        var body = noticeAbout("12345", " ");
        body.put("knownOrSuspected", " ");
        rejected("/notifications", body)
                .body("errors.field", equalTo(List.of("child.cpr", "child.name", "knownOrSuspected")));
        body.put("child", Map.of("id", UUID.randomUUID().toString()));
        body.put("knownOrSuspected", "Noget");
        rejected("/notifications", body).body("errors.field", equalTo(List.of("child.id")));
    }

    /**
     * The duty to notify is about children under 18: an adult's CPR number or one dated after today is refused, unless
     * the ground is an unborn child, whose underretning names the expectant mother.
     */
    @Test
    void rejectsAPersonOf18AndAChildNotYetBorn() throws Throwable {
        // The service's today: the municipality's, which is tomorrow already in the hour before UTC's midnight.
        var today = LocalDate.now(DanishDates.MUNICIPALITY);
        rejected("/notifications", noticeAbout(cprOf(today.minusYears(18)), "Otto Berg"))
                .body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", containsString("fyldt 18 år"));
        rejected("/notifications", noticeAbout(cprOf(today.plusDays(40)), "Otto Berg"))
                .body("errors.field", equalTo(List.of("child.cpr")))
                .body("errors[0].message", containsString("ikke født endnu"));
        as(HANNE).body(noticeAbout(cprOf(today.minusYears(18).plusDays(1)), "Otto Berg")).when()
                .post("/notifications").then().statusCode(201);
        var aboutAnUnbornChild = noticeAbout(cprOf(today.minusYears(29)), "Mona Berg");
        aboutAnUnbornChild.put("ground", "ufoedt-barn");
        as(HANNE).body(aboutAnUnbornChild).when().post("/notifications").then().statusCode(201);
    }

    @Test
    void rejectsABadConcernIdAndABodyThatIsNotJson() throws Throwable {
        rejected("/concerns/ikke-et-id/notification", notice()).body("errors.field", equalTo(List.of("id")));
        rejected("/notifications", "{\"ground\": ").body("errors.field", equalTo(List.of("body")));
    }

    /** A CPR number of someone born on the day (serial 4xxx: years 00–36 are 2000–2036, 37–99 are 1937–1999). */
    private static String cprOf(LocalDate born) {
        return born.format(DateTimeFormatter.ofPattern("ddMMyy")) + "-" + (4000 + ThreadLocalRandom.current().nextInt(1000));
    }

    private static String fromConcern() {
        String id = as(HANNE).body(concern(uniqueCpr(), "Vera Skov", "red", "sundhedspleje")).when().post("/concerns")
                .then().statusCode(201).extract().path("id");
        return "/concerns/" + id + "/notification";
    }

    private static ValidatableResponse rejected(String path, Object body) throws Throwable {
        long before = stored();
        var response = as(HANNE).body(body).when().post(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
        assertEquals(before, stored(), "a rejected notification must store nothing");
        return response;
    }
}
