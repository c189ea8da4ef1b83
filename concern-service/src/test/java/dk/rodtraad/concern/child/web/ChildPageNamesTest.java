package dk.rodtraad.concern.child.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.LISE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Who involved the parents reads as a person on the child's page: a colleague's username (as an API client may send
 * it) becomes their name and discipline; what a professional wrote in words stands as written.
 */
@QuarkusTest
class ChildPageNamesTest {

    @Test
    void whoInvolvedTheParentsIsNamedNotAUsername() {
        var byUsername = concern(uniqueCpr(), "Nanna Lund", "yellow", "skole");
        ((Map<String, Object>) byUsername.get("parents")).put("involvedBy", LISE);
        String child = as(LISE).body(byUsername).when().post("/concerns").then().statusCode(201)
                .extract().path("childId");
        as(LISE).when().get("/boern/{id}", child).then().statusCode(200)
                .body(allOf(containsString("ved samtale af Lise Berg, lærer."), not(containsString("af lise."))));

        var inWords = concern(uniqueCpr(), "Otto Lund", "yellow", "skole");
        ((Map<String, Object>) inWords.get("parents")).put("involvedBy", "skolens AKT-vejleder");
        String other = as(LISE).body(inWords).when().post("/concerns").then().statusCode(201).extract().path("childId");
        as(LISE).when().get("/boern/{id}", other).then().statusCode(200)
                .body(containsString("ved samtale af skolens AKT-vejleder."));
    }
}
