package dk.rodtraad.analytics.pseudonymiser;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyed hash: stable for one key, different for another (a rotation), and the key is never shown. */
class ChildKeyTest {

    private static final byte[] FIRST = "the first key, thirty-two bytes long at least".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "the second key, after the rotation, as long".getBytes(StandardCharsets.UTF_8);

    @Test
    void oneChildUnderOneKeyIsAlwaysTheSameValueAndTwoChildrenAreTwo() {
        UUID child = UUID.randomUUID();
        assertEquals(new ChildKey(FIRST, "k1").hash(child), new ChildKey(FIRST.clone(), "k1").hash(child));
        assertNotEquals(new ChildKey(FIRST, "k1").hash(child), new ChildKey(FIRST, "k1").hash(UUID.randomUUID()));
        assertTrue(new ChildKey(FIRST, "k1").hash(child).matches("[0-9a-f]{64}"));
    }

    @Test
    void afterARotationTheSameChildIsAValueThatSharesNothingWithTheOldOne() {
        UUID child = UUID.randomUUID();
        String before = new ChildKey(FIRST, "k1").hash(child);
        String after = new ChildKey(SECOND, "k2").hash(child);
        assertNotEquals(before, after);
        // Not a shared prefix, not a shift: about half of the 256 bits differ, as for any two unrelated values.
        int differing = new BigInteger(before, 16).xor(new BigInteger(after, 16)).bitCount();
        assertTrue(differing > 80 && differing < 176, differing + " bits differ");
        assertFalse(after.contains(child.toString().replace("-", "")));
    }

    @Test
    void aShortKeyIsRefusedAndTheKeyIsNeverShown() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> new ChildKey("too short".getBytes(StandardCharsets.UTF_8), "k1"));
        assertFalse(refused.getMessage().contains("too short"));
        assertEquals("ChildKey[keyId=k1]", new ChildKey(FIRST, "k1").toString());
    }
}
