package dk.rodtraad.catalogue.search;

import dk.rodtraad.catalogue.intervention.Fixtures;
import dk.rodtraad.chassis.persistence.QueryPlans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.rodtraad.catalogue.intervention.Fixtures.intervention;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestSecurity(user = "karin", roles = "katalogredaktoer")
class SearchTest {

    private static boolean prepared;

    @Inject
    QueryPlans queryPlans;

    /**
     * A search by filters is translated once and then found in Hibernate's cache: a native select was planned anew at
     * every run and each plan kept, until the cache was full of copies of it; a list parameter kept none (ADR 0031).
     */
    @Test
    void aFilteredSearchIsTranslatedOnceAndItsPlanKept() {
        prepare();
        int before = queryPlans.cached();
        searchWithEveryFilter();
        int first = queryPlans.cached() - before;
        int searches = 20;
        for (int i = 0; i < searches; i++) {
            searchWithEveryFilter();
        }
        int grown = queryPlans.cached() - before - first;
        // A native select adds a plan at every run; HQL with a list parameter (the statuses, until 2026-12-04) or with
        // sql() (the text and the signs: ADR 0031) keeps none and is translated at every run.
        assertTrue(first >= 1, "the first search of its shape kept no plan: Hibernate translates it at every run");
        assertEquals(0, grown, searches + " more searches of the same shape added " + grown + " query plans");
    }

    /** Every filter but the text and the signs: a shape no other test asks, so its first run here is the service's. */
    private static void searchWithEveryFilter() {
        given().queryParam("age", 9).queryParam("type", "civilsamfund").queryParam("step", 1)
                .queryParam("department", "Klubber og fritid").queryParam("preventionLevel", "sekundaer")
                .queryParam("maxWaitingWeeks", 4)
                .when().get("/search").then().statusCode(200);
    }

    /** A small catalogue of its own: codes carry a marker, so other tests' interventions do not disturb the order. */
    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        var divorce = intervention("soeg-skilsmissegruppe", "Skilsmissegruppe for skolebørn");
        divorce.put("shortDescription", "En gruppe for børn, hvis forældre er gået fra hinanden.");
        divorce.put("longDescription", "Børnene mødes otte gange og taler om at have to hjem. Søgemærke zqx.");
        divorce.put("signs", List.of("konfliktfyldt-skilsmisse"));
        divorce.put("method", "");
        divorce.put("department", "Skoleområdet");
        divorce.put("step", 2);
        divorce.put("waitingWeeks", 1);
        divorce.put("ageFromYears", 6);
        divorce.put("ageToYears", 12);
        Fixtures.publish(divorce);

        var anxiety = intervention("soeg-cool-kids", "Cool Kids");
        anxiety.put("longDescription", "Forældre og børn lærer at håndtere angst sammen. Søgemærke zqx.");
        anxiety.put("signs", List.of("angst", "mobning"));
        anxiety.put("waitingWeeks", 10);
        Fixtures.publish(anxiety);

        var club = intervention("soeg-klub", "Klubmentor");
        club.put("shortDescription", "En voksen i klubben, der hjælper unge, som holder sig for sig selv.");
        club.put("longDescription", "Mentoren følger den unge i klubben og til fritidsaktiviteter, og hjælper med skilsmisse-snak. Søgemærke zqx.");
        club.put("signs", List.of("isolerer-sig", "mobning"));
        club.put("method", "");
        club.put("department", "Klubber og fritid");
        club.put("type", "civilsamfund");
        club.put("ageFromYears", 10);
        club.put("ageToYears", 18);
        club.put("step", 1);
        club.put("waitingWeeks", 0);
        Fixtures.publish(club);
        prepared = true;
    }

    @Test
    void danishStemmingFindsOtherFormsOfTheWordAndRanksTheNameFirst() {
        prepare();
        given().queryParam("q", "skilsmissegrupper zqx").when().get("/search").then().statusCode(200)
                .body("content.code", equalTo(List.of("soeg-skilsmissegruppe")));
        given().queryParam("q", "skilsmisse zqx").when().get("/search").then().statusCode(200)
                .body("content.code", equalTo(List.of("soeg-klub")));
        given().queryParam("q", "angsten zqx").when().get("/search").then().statusCode(200)
                .body("content.code", equalTo(List.of("soeg-cool-kids")));
    }

    @Test
    void filtersNarrowTheResult() {
        prepare();
        given().queryParam("q", "zqx").queryParam("age", 15).when().get("/search").then().statusCode(200)
                .body("content.code", equalTo(List.of("soeg-klub")));
        given().queryParam("q", "zqx").queryParam("sign", "mobning").queryParam("maxWaitingWeeks", 5)
                .when().get("/search").then().statusCode(200).body("content.code", equalTo(List.of("soeg-klub")));
        given().queryParam("q", "zqx").queryParam("type", "netvaerksgruppe").queryParam("step", 3)
                .queryParam("department", "ppr").queryParam("preventionLevel", "sekundaer")
                .when().get("/search").then().statusCode(200).body("content.code", equalTo(List.of("soeg-cool-kids")));
        given().queryParam("q", "zqx").queryParam("department", "Skoleområdet").when().get("/search").then()
                .statusCode(200).body("content.code", equalTo(List.of("soeg-skilsmissegruppe")));
    }

    @Test
    void anAnswerIsOnePageOfTheRankingAndSaysHowManyMatchInAll() {
        prepare();
        List<String> all = given().queryParam("q", "zqx").queryParam("limit", 100).when().get("/search").then()
                .statusCode(200).header("X-Total-Count", "3").extract().jsonPath().getList("content.code");
        assertEquals(3, all.size());
        given().queryParam("q", "zqx").queryParam("limit", 2).when().get("/search").then().statusCode(200)
                .header("X-Total-Count", "3").body("content.code", equalTo(all.subList(0, 2)));
        given().queryParam("q", "zqx").queryParam("limit", 2).queryParam("offset", 2).when().get("/search").then()
                .statusCode(200).header("X-Total-Count", "3").body("content.code", equalTo(all.subList(2, 3)));
        given().queryParam("q", "zqx").queryParam("offset", 3).when().get("/search").then().statusCode(200)
                .header("X-Total-Count", "3").body("$", hasSize(0));
    }

    @Test
    void aLimitOutsideOneToAHundredOrANegativeOffsetIsRefusedByName() {
        given().queryParam("q", "zqx").queryParam("limit", 0).when().get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("q", "zqx").queryParam("limit", 101).when().get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("q", "zqx").queryParam("offset", -1).when().get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("offset"));
    }

    @Test
    void suggestionsForAChildAreRankedByMatchedSignsThenStepAndExplained() {
        prepare();
        given().queryParam("age", 11).queryParam("sign", "mobning").queryParam("sign", "angst")
                .when().get("/search/suggestions").then().statusCode(200)
                .body("intervention.content.code", hasItem("soeg-cool-kids"))
                .body("intervention.content.code", not(hasItem("soeg-skilsmissegruppe")))
                .body("find { it.intervention.content.code == 'soeg-cool-kids' }.explanation",
                        equalTo("Passer til 11 år (indsatsen er for 7–12 år) og til tegnene Mobning og Ængstelig."))
                .body("find { it.intervention.content.code == 'soeg-klub' }.matchedSigns.code", equalTo(List.of("mobning")));
        List<String> order = given().queryParam("age", 11).queryParam("sign", "mobning").queryParam("sign", "angst")
                .when().get("/search/suggestions").then().extract().jsonPath().getList("intervention.content.code");
        org.junit.jupiter.api.Assertions.assertTrue(order.indexOf("soeg-cool-kids") < order.indexOf("soeg-klub"),
                "two matched signs rank above one: " + order);
    }

    @Test
    void badSearchParametersAreProblems() {
        given().queryParam("type", "kursus").when().get("/search").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        given().queryParam("step", 9).when().get("/search").then().statusCode(400).body("errors[0].field", equalTo("step"));
        given().when().get("/search/suggestions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("age", "sign")));
    }
}
