package dk.rodtraad.analytics.pseudonymiser;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The child's keyed hash: HMAC-SHA256 of the services' pseudonymous id under a key only the pseudonymiser holds. The
 * same child gives the same value under one key, so analysts can follow a child's course; without the key no one can
 * go from the value back to the services' id, nor test a guessed id, and values under two keys cannot be linked
 * (a rotation). The key never leaves this class: not in {@link #toString()}, not in a log line.
 */
final class ChildKey {

    private static final String ALGORITHM = "HmacSHA256";
    /** As long as the hash: a shorter key would be the weak part (RFC 2104, section 3). */
    static final int MINIMUM_KEY_BYTES = 32;

    private final SecretKeySpec key;
    private final String keyId;

    /**
     * @param key   the secret, at least {@value #MINIMUM_KEY_BYTES} bytes
     * @param keyId names the key in every record ({@code keyId}), so analysts never compare values under two keys
     */
    ChildKey(byte[] key, String keyId) {
        if (key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("The child key must be at least " + MINIMUM_KEY_BYTES
                    + " bytes (rodtraad.analytics.child-key, base64); it has " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        this.keyId = keyId;
    }

    /** 64 lowercase hex digits. */
    String hash(UUID child) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(child.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    String keyId() {
        return keyId;
    }

    @Override
    public String toString() {
        return "ChildKey[keyId=" + keyId + "]";
    }
}
