package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.Interventions;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import io.smallrye.mutiny.Uni;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Families find published interventions without logging in, and see nothing of the catalogue's internals. */
@QuarkusTest
class FamilyViewTest {

    @Inject
    Interventions interventions;

    private final String word = "familie" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void familiesFindOnlyPublishedInterventionsWithoutLoggingIn() throws Throwable {
        UUID published = prepare("offentlig", InterventionStatus.PUBLISHED);
        UUID paused = prepare("pauset", InterventionStatus.PAUSED);
        UUID draft = prepare("kladde", InterventionStatus.DRAFT);

        given().queryParam("q", word).when().get("/public/interventions").then().statusCode(200)
                .body("id", equalTo(List.of(published.toString())))
                .body("[0].signs", equalTo(List.of("Ængstelig")))
                .body("[0].howToGet", equalTo("Familien kan selv henvende sig"));
        given().when().get("/public/interventions/{id}", paused).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/public/interventions/{id}", draft).then().statusCode(404);
    }

    @Test
    void theFamilyViewHoldsNoInternalFields() throws Throwable {
        UUID published = prepare("felter", InterventionStatus.PUBLISHED);

        var body = given().when().get("/public/interventions/{id}", published).then().statusCode(200)
                .body("name", equalTo("Angstgruppe " + word));
        for (String internal : List.of("competences", "capacityPerYear", "legalBasis", "evidenceLevel", "changedBy",
                "version", "status", "method", "anchoring")) {
            body.body("$", not(hasKey(internal)));
        }
    }

    @Test
    void aBadAgeIsNamed() {
        given().queryParam("age", 40).when().get("/public/interventions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("age")));
    }

    /** Through the service, as the editors would; the family endpoints themselves only read. */
    private UUID prepare(String suffix, InterventionStatus status) throws Throwable {
        var content = new InterventionContent(word + "-" + suffix, "Angstgruppe " + word,
                "Et forløb for børn, der er meget ængstelige.", "Barnet og forældrene mødes ti gange.", 7, 12,
                List.of("angst"), InterventionType.NETVAERKSGRUPPE,
                PreventionLevel.SEKUNDAER, 3, "PPR",
                Anchoring.SPECIALPAEDAGOGIK, "Barnets lov § 30", "Cool Kids",
                EvidenceLevel.EVIDENSBASERET, List.of("Cool Kids-certificering"), 24,
                6, Access.FAMILIE_SELV, "PPR, tlf. 72 10 00 00", List.of("Rådhuset"));
        return VertxContextSupport.subscribeAndAwait(() -> interventions.create(content, "karin")
                .chain(created -> status == InterventionStatus.DRAFT ? Uni.createFrom().item(created)
                        : interventions.changeStatus(created.id, created.lockVersion, InterventionStatus.PUBLISHED, "karin"))
                .chain(done -> status != InterventionStatus.PAUSED ? Uni.createFrom().item(done)
                        : interventions.changeStatus(done.id, done.lockVersion, InterventionStatus.PAUSED, "karin"))
                .map(done -> done.id));
    }
}
