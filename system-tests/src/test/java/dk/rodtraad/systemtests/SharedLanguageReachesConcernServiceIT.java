package dk.rodtraad.systemtests;

import dk.rodtraad.testkit.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One shared language in every department: the version catalogue-service publishes at its first start reaches
 * concern-service's own copy through Kafka, so a health nurse records her concern in the same words.
 */
class SharedLanguageReachesConcernServiceIT {

    private final TheSystem system = TheSystem.shared();

    @Test
    void theHealthNurseSeesTheSharedLanguageTheCatalogueEditorsPublished() {
        var nurse = system.as(DemoUsers.HANNE);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var language = nurse.sharedLanguageInConcernService();
            assertEquals(1, (Integer) language.get("version"));
            assertEquals(List.of("green", "yellow", "red"), ((List<?>) language.get("scale")).stream()
                    .map(level -> ((java.util.Map<?, ?>) level).get("code")).toList());
            assertTrue(language.toString().contains("mistanke-om-overgreb"));
        });
    }
}
