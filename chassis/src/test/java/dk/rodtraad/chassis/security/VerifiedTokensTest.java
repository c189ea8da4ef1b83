package dk.rodtraad.chassis.security;

import dk.rodtraad.testkit.DemoUsers;
import dk.rodtraad.testkit.quarkus.ServiceTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bearer token verified once is known by its exact text while it lives (ADR 0030): sent again, it is not verified
 * again, yet the identity is the token's own and names the request it came with; a token differing in its signature
 * is verified and refused. Real Keycloak tokens, the chassis's own application.
 */
@QuarkusTest
class VerifiedTokensTest {

    private static final String CLIENT = "concern-service";

    @Inject
    MeterRegistry registry;

    @Test
    void aTokenSentAgainIsNotVerifiedAgainAndStillNamesItsRequest() {
        String token = ServiceTokens.token(CLIENT, DemoUsers.LISE);
        double hits = count("hit");
        double misses = count("miss");

        seen(token).statusCode(200).body("user", equalTo(DemoUsers.LISE)).body("namesThisRequest", equalTo(true));
        assertEquals(misses + 1, count("miss"), "a token not seen before is verified by Quarkus OIDC");
        seen(token).statusCode(200).body("user", equalTo(DemoUsers.LISE)).body("roles", hasItem(Roles.FAGPERSON))
                .body("namesThisRequest", equalTo(true));
        assertEquals(hits + 1, count("hit"), "the same token again is known");
    }

    @Test
    void twoUsersKeepTheirOwnIdentities() {
        String lise = ServiceTokens.token(CLIENT, DemoUsers.LISE);
        String karin = ServiceTokens.token(CLIENT, DemoUsers.KARIN);
        for (int round = 0; round < 2; round++) {
            seen(lise).statusCode(200).body("user", equalTo(DemoUsers.LISE));
            seen(karin).statusCode(200).body("user", equalTo(DemoUsers.KARIN))
                    .body("roles", not(hasItem(Roles.FAGPERSON)));
        }
    }

    @Test
    void aKnownTokenWithAnotherSignatureIsVerifiedAndRefused() {
        String token = ServiceTokens.token(CLIENT, DemoUsers.LISE);
        seen(token).statusCode(200);
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        String forged = token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1);

        seen(forged).statusCode(401);
        seen(token.substring(0, signature)).statusCode(401);
        seen(token).statusCode(200).body("user", equalTo(DemoUsers.LISE));
    }

    private static ValidatableResponse seen(String token) {
        return given().auth().oauth2(token).when().get("/probe/identity").then();
    }

    private double count(String result) {
        return registry.get("cache.gets").tag("cache", "verified-tokens").tag("result", result).functionCounter()
                .count();
    }
}
