package dk.rodtraad.authority;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The signature a case system checks, as Standard Webhooks defines it. */
class WebhookSignatureTest {

    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(
            "a secret of thirty-two bytes ...".getBytes(StandardCharsets.UTF_8));

    @Test
    void signsIdTimestampAndBodyJoinedByDotsWithHmacSha256() throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal("4f1c.1764672000.{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

        assertEquals(expected, new WebhookSignature(SECRET).sign("4f1c", 1764672000L, "{\"a\":1}"));
    }

    @Test
    void refusesASecretTooShortToBeSafe() {
        var refused = assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(
                Base64.getEncoder().encodeToString("short".getBytes(StandardCharsets.UTF_8))));
        assertEquals("rodtraad.authority.webhook.secret is 5 bytes; it must be at least 24 (e.g. openssl rand -base64 32)",
                refused.getMessage());
    }
}
