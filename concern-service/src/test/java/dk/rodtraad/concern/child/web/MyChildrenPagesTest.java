package dk.rodtraad.concern.child.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dk.rodtraad.concern.Staff.as;
import static dk.rodtraad.concern.recording.ConcernFixtures.concern;
import static dk.rodtraad.concern.recording.ConcernFixtures.uniqueCpr;
import static dk.rodtraad.testkit.DemoUsers.HANNE;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** "Mine børn og bekymringer" searched and paged, and the child picker that tells same-named children apart. */
@QuarkusTest
class MyChildrenPagesTest {

    /** Born 3 March 2019: the seventh digit 4 puts a year up to 36 in the 2000s. */
    private static String bornThirdMarch2019() {
        return "030319-4" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
    }

    @Test
    void theSearchFindsTheChildrenByNameAndPagesThemTwentyAtATime() {
        String family = "Soeg" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 21; i++) {
            as(HANNE).body(concern(uniqueCpr(), "Barn " + family, "yellow", "skole"))
                    .when().post("/concerns").then().statusCode(201);
        }
        as(HANNE).body(concern(uniqueCpr(), "Ikke Fundet", "green", "skole"))
                .when().post("/concerns").then().statusCode(201);

        as(HANNE).when().get("/bekymringer?q=" + family.toLowerCase()).then().statusCode(200)
                .body(allOf(containsString("21 fundet"), containsString("Side 1 af 2"),
                        containsString("href=\"/bekymringer?q=" + family.toLowerCase() + "&amp;side=2\""),
                        containsString(">Næste</span>"), not(containsString(">Forrige</span>")),
                        not(containsString(">Ikke Fundet</a>")),
                        containsString("value=\"" + family.toLowerCase() + "\"")));
        as(HANNE).when().get("/bekymringer?q=" + family + "&side=2").then().statusCode(200)
                .body(allOf(containsString("Side 2 af 2"), containsString(">Forrige</span>"),
                        not(containsString(">Næste</span>"))));
        as(HANNE).when().get("/bekymringer?q=ingen-har-det-navn-" + family).then().statusCode(200)
                .body(containsString("Intet passer på søgningen."));
    }

    @Test
    void thePickerNamesEachChildWithBirthDateAndMaskedCpr() {
        String cpr = bornThirdMarch2019();
        String childId = as(HANNE).body(concern(cpr, "Test Barn", "yellow", "sundhedspleje"))
                .when().post("/concerns").then().statusCode(201).extract().path("childId");

        as(HANNE).when().get("/bekymringer/ny").then().statusCode(200)
                .body(containsString("<option value=\"" + childId + "\">Test Barn, født 3. marts 2019 (030319-****)</option>"));
    }
}
