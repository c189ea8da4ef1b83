package dk.rodtraad.concern.child.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.notification.NotificationFixtures.notice;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static dk.rodtraad.testkit.DemoUsers.METTE;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * A sentence on the child's timeline links to its item where the reader can open it here: the authority goes from
 * "… underrettede myndigheden" to the underretning's page; the teacher who notified reads the same sentence without
 * the authority's link.
 */
@QuarkusTest
class TimelineLinksTest {

    @Test
    void theAuthorityOpensTheUnderretningFromTheTimelineAndTheTeacherReadsItWithoutTheLink() {
        var recorded = as(LISE).body(concern(uniqueCpr(), "Lea Krog", "red", "skole")).when().post("/concerns")
                .then().statusCode(201).extract();
        String childId = recorded.path("childId");
        String notification = as(LISE).body(notice()).when()
                .post("/concerns/{id}/notification", recorded.<String>path("id")).then().statusCode(201)
                .extract().path("id");
        String link = "<a href=\"/myndighed/underretninger/" + notification + "\">En fagperson underrettede myndigheden";

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(METTE).when().get("/boern/{id}", childId)
                .then().statusCode(200).body(containsString(link)));
        as(LISE).when().get("/boern/{id}", childId).then().statusCode(200)
                .body(allOf(containsString("En fagperson underrettede myndigheden"),
                        not(containsString("/myndighed/underretninger/" + notification))));
    }
}
