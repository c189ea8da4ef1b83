package dk.rodtraad.authority;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Signs a webhook request as <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> does, so the case
 * system can check it with one of that specification's libraries (or a few lines of its own): HMAC-SHA256, keyed by
 * the shared secret, over {@code <webhook-id>.<webhook-timestamp>.<body>}, sent base64-encoded as
 * {@code webhook-signature: v1,<signature>}.
 */
final class WebhookSignature {

    private static final String PREFIX = "whsec_";
    /** Standard Webhooks asks for 24 to 64 bytes; fewer would be a secret one could guess. */
    private static final int MINIMUM_KEY_BYTES = 24;

    private final byte[] key;

    /** @param secret base64, optionally prefixed {@code whsec_} */
    WebhookSignature(String secret) {
        String base64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            this.key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rodtraad.authority.webhook.secret is not base64 (optionally prefixed "
                    + PREFIX + ")");
        }
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("rodtraad.authority.webhook.secret is " + key.length
                    + " bytes; it must be at least " + MINIMUM_KEY_BYTES + " (e.g. openssl rand -base64 32)");
        }
    }

    /** The value of the {@code webhook-signature} header. */
    String sign(String id, long timestamp, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
