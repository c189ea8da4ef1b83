package dk.rodtraad.concern.access;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.noticeAbout;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static org.hamcrest.Matchers.equalTo;

/** In concern-service a child's timeline is read only by those who may see the child. */
@QuarkusTest
class TimelineAccessTest {

    @Test
    void theInvolvedAndTheNotifiedAuthorityReadTheTimelineOthersFindNoChild() {
        String childId = as(HANNE).body(noticeAbout(uniqueCpr(), "Ellen Timelund")).when().post("/notifications")
                .then().statusCode(201).extract().path("childId");

        as(HANNE).when().get("/children/{id}/timeline", childId).then().statusCode(200);
        as(METTE).when().get("/children/{id}/timeline", childId).then().statusCode(200);
        as(LISE).when().get("/children/{id}/timeline", childId).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("Barnet findes ikke"));
    }
}
