package dk.rodtraad.systemtests.operations;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's example of the API, as a new user copies it: the concern it posts with the demo nurse's token is
 * recorded, and the child's timeline it reads next, from network-meeting-service, shows it. (The example's CPR number
 * was once of a child born in 1920, so a new user's first call got "Personen var fyldt 18 år …".)
 */
class ReadmeExampleIT {

    private static final Pattern POST_CONCERN =
            Pattern.compile("curl [^\\n]*http://localhost:8081(/concerns) -d '(\\{.*?})'", Pattern.DOTALL);
    private static final Pattern READ_TIMELINE =
            Pattern.compile("curl [^\\n]*http://localhost:8082(/children/<childId>/timeline)");

    private final TheSystem system = TheSystem.shared();

    @Test
    void theReadmesConcernIsRecordedAndReachesTheTimelineItReads() throws Exception {
        String readme = Files.readString(StackConfig.repositoryRoot().resolve("README.md"));
        Matcher post = found(POST_CONCERN, readme);
        Matcher read = found(READ_TIMELINE, readme);
        var nurse = system.as(DemoUsers.HANNE);

        String childId = given().baseUri(system.url(StackConfig.CONCERN))
                .auth().oauth2(nurse.token(StackConfig.CONCERN))
                .contentType("application/json").body(post.group(2))
                .when().post(post.group(1))
                .then().log().ifValidationFails().statusCode(201).extract().path("childId");

        String timeline = read.group(1).replace("<childId>", childId);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> types = given().baseUri(system.url(StackConfig.NETWORK_MEETING))
                    .auth().oauth2(nurse.token(StackConfig.NETWORK_MEETING))
                    .when().get(timeline)
                    .then().statusCode(200).extract().jsonPath().getList("type");
            assertTrue(types.contains("dk.rodtraad.concern.raised.v2"), "the timeline: " + types);
        });
    }

    private static Matcher found(Pattern pattern, String readme) {
        Matcher matcher = pattern.matcher(readme);
        assertTrue(matcher.find(), "the README has no example matching " + pattern);
        return matcher;
    }
}
