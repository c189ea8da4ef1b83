package dk.rodtraad.testkit;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

import java.time.Duration;

/**
 * How long a test's request waits: RestAssured's client waits for ever by default, so a service that never answers
 * would hold its test (or a load's worker) until the suite's own timeout, and the failure would say nothing of why.
 */
public final class Patience {

    private Patience() {
    }

    /**
     * @param connect how long to wait for the connection
     * @param answer  how long to wait for the answer once connected (between two packets of it)
     */
    public static RestAssuredConfig within(Duration connect, Duration answer) {
        return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", (int) connect.toMillis())
                .setParam("http.socket.timeout", (int) answer.toMillis()));
    }
}
