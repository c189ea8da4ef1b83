package dk.rodtraad.systemtests.api;

import dk.rodtraad.systemtests.TheSystem;
import dk.rodtraad.systemtests.client.concern.ApiClient;
import dk.rodtraad.systemtests.client.concern.ApiException;
import dk.rodtraad.systemtests.client.concern.api.ConcernApi;
import dk.rodtraad.systemtests.client.concern.model.ChildIdentity;
import dk.rodtraad.systemtests.client.concern.model.ChildView;
import dk.rodtraad.systemtests.client.concern.model.ChildViewMethod;
import dk.rodtraad.systemtests.client.concern.model.ConcernLevel;
import dk.rodtraad.systemtests.client.concern.model.ConcernView;
import dk.rodtraad.systemtests.client.concern.model.ParentContact;
import dk.rodtraad.systemtests.client.concern.model.ParentsInvolvement;
import dk.rodtraad.systemtests.client.concern.model.Problem;
import dk.rodtraad.systemtests.client.concern.model.RecordConcernRequest;
import dk.rodtraad.systemtests.client.concern.model.Setting;
import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An integrator's view of the API (docs/api.md): a Java client generated in the build from concern-service's OpenAPI
 * document (system-tests/pom.xml) records a concern, reads it back, and gets a typed problem for a bad CPR number —
 * against the running system, with a real Keycloak token.
 */
class ApiClientIT {

    private final TheSystem system = TheSystem.shared();

    @Test
    void aClientGeneratedFromTheDocumentRecordsAConcernReadsItBackAndGetsAProblemForABadCpr() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(system.url(StackConfig.CONCERN));
        String token = system.as(DemoUsers.HANNE).token(StackConfig.CONCERN);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        var concerns = new ConcernApi(client);

        // A key of its own for the request, so a retry after a lost answer cannot record the concern twice.
        String key = UUID.randomUUID().toString();
        var request = concern(TheSystem.uniqueCpr());
        ConcernView recorded = concerns.recordConcern(request, key);
        assertEquals(ConcernLevel.fromValue("yellow"), recorded.getLevel());
        assertEquals(DemoUsers.HANNE, recorded.getRecordedBy());
        assertEquals(recorded.getId(), concerns.recordConcern(request, key).getId(), "the retry gets the first");

        ConcernView read = concerns.getConcern(recorded.getId().toString());
        assertEquals(recorded.getId(), read.getId());
        assertEquals(recorded.getChildId(), read.getChildId());
        assertEquals(List.of("trist"), read.getSigns());
        assertEquals("Virker trist og trækker sig fra kammeraterne.", read.getObservation());

        ApiException refused = assertThrows(ApiException.class,
                () -> concerns.recordConcern(concern("123456-7890x"), null));
        assertEquals(400, refused.getCode());
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getErrors().stream().anyMatch(error -> error.getField().equals("child.cpr")),
                "the problem names child.cpr: " + problem);
    }

    private static RecordConcernRequest concern(String cpr) {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        return new RecordConcernRequest()
                .child(new ChildIdentity().cpr(cpr).name(TheSystem.CHILD_NAME))
                .signs(List.of("trist"))
                .level(ConcernLevel.fromValue("yellow"))
                .setting(Setting.fromValue("skole"))
                .observedOn(yesterday)
                .observation("Virker trist og trækker sig fra kammeraterne.")
                .parents(new ParentsInvolvement().involvedOn(yesterday).how(ParentContact.fromValue("samtale"))
                        .involvedBy(DemoUsers.HANNE).perspective("Forældrene genkender det og vil gerne have hjælp."))
                .childView(new ChildView().method(ChildViewMethod.fromValue("samtale"))
                        .view("Barnet fortæller, at det er svært for tiden."));
    }
}
