package dk.rodtraad.followup.evaluation.web;

import dk.rodtraad.followup.evaluation.SixChildren;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.HtmlIds;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation's page and CSV with real Keycloak tokens over real rows in PostgreSQL ({@link SixChildren}): the
 * analyst and the leader see each intervention's figures as worked out by hand, "for få" for the small groups and no
 * child; a fagperson is refused; every reading is audit-logged as a use of aggregated data.
 */
@QuarkusTest
class EvaluationPageTest {

    private static final String CLIENT = "followup-service";
    private static UUID intervention;

    @BeforeEach
    void sixChildren() throws SQLException {
        if (intervention == null) {
            intervention = SixChildren.write();
        }
    }

    @Test
    void anAnalystSeesTheFiguresWorkedOutByHandAndTooFewForTheSmallGroups() throws SQLException {
        long readBefore = aggregatedReads(DemoUsers.ANDERS);

        String page = as(DemoUsers.ANDERS).get("/evaluering").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(allOf(containsString("<h1>Hvad virker? Indsatsernes resultater</h1>"),
                        containsString("role=\"img\""), containsString(
                                "<figcaption id=\"bedring-diagram-titel\">Andel med pålidelig bedring, efter indsats")))
                .extract().asString();
        assertEquals(List.of(), HtmlIds.repeated(page));

        String section = section(page, "data-indsats=\"" + intervention + "\"", "</section>");
        assertTrue(section.contains("<h2 id=\"indsats-" + intervention + "\">" + SixChildren.NAME + "</h2>"), section);
        assertEquals(List.of("6", "80\u00a0% af 5", "60\u00a0% af 5", "20\u00a0% af 5", "4,3 af 5", "50\u00a0% af 5",
                "38\u00a0% af 5", "37,7 af 5"), cells(row(section, "I alt")));
        assertEquals(cells(row(section, "I alt")), cells(row(section, "6–12 år")), "all six are 8");
        assertTrue(cells(row(section, "13–17 år")).stream().allMatch("for få"::equals), row(section, "13–17 år"));
        assertTrue(cells(row(section, "CORS 10–15")).stream().allMatch("for få"::equals), "two children: too few");
        assertFalse(page.contains("barn-id") || page.contains("/boern/"), "no child on the page");
        assertEquals(readBefore + 1, aggregatedReads(DemoUsers.ANDERS), "the reading is audit-logged, without a child");
    }

    @Test
    void analystsAndLeadersFindTheEvaluationFromTheStartPageAndAFagpersonDoesNot() {
        for (String user : List.of(DemoUsers.ANDERS, DemoUsers.LONE)) {
            as(user).get("/").then().statusCode(200).body(containsString("<a href=\"/evaluering\">"));
        }
        as(DemoUsers.HANNE).get("/").then().statusCode(200).body(not(containsString("/evaluering")));
    }

    @Test
    void aLeaderSeesItTooAndAFagpersonIsRefused() {
        as(DemoUsers.LONE).get("/evaluering").then().statusCode(200).body(containsString(SixChildren.NAME));
        as(DemoUsers.HANNE).get("/evaluering").then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("<h1>Ingen adgang</h1>"));
        as(DemoUsers.HANNE).get("/evaluering/tal.csv").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theCsvIsWhatADanishExcelOpensWithEachFigureAndItsChildren() throws SQLException {
        long readBefore = aggregatedReads(DemoUsers.ANDERS);

        var response = as(DemoUsers.ANDERS).get("/evaluering/tal.csv").then().statusCode(200)
                .contentType("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"indsatsernes-resultater.csv\"").extract();

        byte[] bytes = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.getFirst().startsWith("Indsats;Opdeling;Gruppe;Planer startet;Gennemført, af de afsluttede (%);"
                + "Gennemført, af de afsluttede (børn);Pålidelig bedring (%);Pålidelig bedring (børn);"), lines.getFirst());
        assertTrue(lines.contains(SixChildren.NAME + ";I alt;I alt;6;80;5;60;5;20;5;4,3;5;50;5;38;5;37,7;5"), csv);
        assertTrue(lines.contains(SixChildren.NAME + ";Alder;13–17 år;for få;for få;"
                + "for få;for få;for få;for få;for få;for få;for få;for få;for få;for få;for få;for få;for få"), csv);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(SixChildren.NAME
                + ";Første trivselsscore;CORS 10–15;for få;")), csv);
        assertTrue(csv.contains("\r\n"), "rows end as Excel's do");
        assertEquals(readBefore + 1, aggregatedReads(DemoUsers.ANDERS));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(ServiceTokens.token(CLIENT, user));
    }

    /** The table's row whose header cell names the group (the first such row). */
    private static String row(String html, String group) {
        int at = html.indexOf("<th scope=\"row\">" + group + "</th>");
        assertTrue(at >= 0, group + " in " + html);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("<td>")).skip(1).map(cell -> cell.substring(0, cell.indexOf("</td>"))).toList();
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        assertTrue(start >= 0, from + " in " + page);
        return page.substring(start, page.indexOf(to, start));
    }

    /** A user's readings of the evaluation: audit entries without a child. */
    private static long aggregatedReads(String user) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             var query = connection.prepareStatement("select count(*) from audit_log where child_id is null and "
                     + "username = ? and action = 'READ' and what = 'evaluation'")) {
            query.setString(1, user);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
