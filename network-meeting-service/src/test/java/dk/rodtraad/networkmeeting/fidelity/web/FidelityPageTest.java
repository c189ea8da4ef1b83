package dk.rodtraad.networkmeeting.fidelity.web;

import dk.rodtraad.networkmeeting.fidelity.ChosenFidelityFacts;
import dk.rodtraad.networkmeeting.fidelity.CourseFacts;
import dk.rodtraad.networkmeeting.fidelity.Municipality;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.HtmlIds;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fidelity view with real Keycloak tokens: the leader sees the numbers of groups (and never a course), a
 * fagperson is refused, the CSV is what a Danish Excel opens, a period that is no quarter is named, and every
 * reading is audit-logged as a use of aggregated data. The facts are chosen ({@link ChosenFidelityFacts}), so the
 * groups are exactly {@link Municipality}'s.
 */
@QuarkusTest
class FidelityPageTest {

    private static final String CLIENT = "network-meeting-service";

    @Inject
    ChosenFidelityFacts facts;

    @AfterEach
    void tablesAgain() {
        facts.reset();
    }

    @Test
    void aLeaderSeesEachGroupsNumbersTooFewOrHiddenAndNoCourse() throws SQLException {
        List<CourseFacts> courses = Municipality.courses();
        facts.choose(courses);
        long readBefore = aggregatedReads();

        String page = as(DemoUsers.LONE).get("/troskab").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Troskab mod Åben Dialog</h1>"),
                        containsString("role=\"img\""),
                        containsString("<figcaption id=\"andele-diagram-titel\">Hele kommunen, andele i procent"),
                        containsString("<desc id=\"andele-diagram-beskrivelse\">"),
                        containsString("<caption id=\"distrikter-titel\">")))
                .extract().asString();
        assertEquals(List.of(), HtmlIds.repeated(page), "the district chart and table once had one id between them");

        String districts = section(page, "data-distrikter", "</table>");
        assertTrue(row(districts, "Syd").contains("<td>13</td>") && row(districts, "Syd").contains("<td>100\u00a0%</td>"),
                "Syd's 13 courses, all first meetings within 24 hours: " + row(districts, "Syd"));
        assertTrue(row(districts, "Vest").contains("<td>for få</td>") && !row(districts, "Vest").contains("<td>2</td>"),
                row(districts, "Vest"));
        assertTrue(row(districts, "Nord").contains("<td>skjult</td>"), row(districts, "Nord"));
        String units = section(page, "data-enheder", "</table>");
        assertTrue(row(units, "Sundhedsplejen").contains("<td>6</td>"), row(units, "Sundhedsplejen"));
        assertTrue(row(units, "Skolen").contains("<td>skjult</td>"), row(units, "Skolen"));
        assertTrue(section(page, "data-kommune", "</table>").contains("<td>26</td>"), "the municipality's 26 courses");
        assertTrue(courses.stream().noneMatch(course -> page.contains(course.courseId().toString())), "no course's id");
        assertEquals(readBefore + 1, aggregatedReads(), "the reading is audit-logged, without a child");
    }

    @Test
    void aFagpersonDoesNotSeeTheFidelityView() {
        as(DemoUsers.HANNE).get("/troskab").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("<h1>Ingen adgang</h1>"));
        as(DemoUsers.HANNE).get("/troskab/tal.csv").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        as(DemoUsers.HANNE).get("/").then().statusCode(200).body(allOf(not(containsString("href=\"/troskab\"")),
                containsString("Her finder du dine forløb")));
        // A leader has the fidelity view and no courses of their own, so the start page does not speak of any.
        as(DemoUsers.LONE).get("/").then().statusCode(200).body(allOf(containsString("href=\"/troskab\""),
                not(containsString("Her finder du dine forløb"))));
    }

    @Test
    void theCsvIsSemicolonSeparatedUtf8WithAByteOrderMarkAndSaysTooFewToo() throws SQLException {
        facts.choose(Municipality.courses());
        long readBefore = aggregatedReads();

        var response = as(DemoUsers.LONE).queryParam("fra", "2026-K1").queryParam("til", "2026-K4")
                .get("/troskab/tal.csv").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"troskab-2026-K1-2026-K4.csv\"")
                .extract();
        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertTrue(lines.getFirst().startsWith("Gruppe;Distrikt;Enhed;Forløb;"), lines.getFirst());
        assertTrue(lines.getFirst().contains(";Første møde inden for 24 timer (%);"), lines.getFirst());
        assertTrue(lines.contains("Distrikt;Vest;;for få;for få;for få;for få;for få;for få;for få;for få;for få;for få"),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Distrikt;Syd;;13;") && line.contains(";100;")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Enhed;Nord;Skolen;skjult;")), String.join("\n", lines));
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "rows end as Excel's do");
        assertEquals(readBefore + 1, aggregatedReads());
    }

    @Test
    void aNameASpreadsheetWouldRunIsTextInTheCsv() {
        facts.choose(Municipality.withAFormulaForAName());
        String csv = as(DemoUsers.LONE).get("/troskab/tal.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("\nDistrikt;'=1+1;;5;"), csv);
    }

    @Test
    void aPeriodThatIsNoQuarterIsNamedOnThePageAndInTheCsv() {
        as(DemoUsers.LONE).queryParam("fra", "2026-K9").get("/troskab").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("Vælg et kvartal på listen"), containsString("href=\"#f-fra\""),
                        not(containsString("data-kommune"))));
        as(DemoUsers.LONE).queryParam("fra", "2026-K3").queryParam("til", "2026-K2").get("/troskab/tal.csv").then()
                .statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("til"));
        as(DemoUsers.LONE).queryParam("til", "2999-K1").get("/troskab").then().statusCode(400)
                .body(containsString("Kvartalet er ikke begyndt endnu"));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(ServiceTokens.token(CLIENT, user));
    }

    /** The table's row whose header cell names the group. */
    private static String row(String table, String name) {
        int at = table.indexOf("<th scope=\"row\">" + name + "</th>");
        assertTrue(at >= 0, name + " in " + table);
        return table.substring(at, table.indexOf("</tr>", at));
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        assertTrue(start >= 0, from);
        return page.substring(start, page.indexOf(to, start));
    }

    /** The leader's readings of the fidelity view: audit entries without a child. */
    private static long aggregatedReads() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var query = connection.prepareStatement("select count(*) from audit_log where child_id is null and "
                     + "username = 'lone' and action = 'READ' and what = 'fidelity'");
             var result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
