package dk.rodtraad.chassis.inbox;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code uuid} format read by hand answers as networknt's regular expression does, for ids and for near-misses. */
class UuidFormatTest {

    private static final Pattern NETWORKNT_UUID =
            Pattern.compile("^\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");

    @Test
    void answersAsTheRegularExpressionDoes() {
        String id = UUID.randomUUID().toString();
        var values = List.of(id, id.toUpperCase(), "00000000-0000-0000-0000-000000000000",
                "ffffffff-FFFF-ffff-FFFF-ffffffffffff", "", "Alma", id.substring(1), id + "0", id + "\n",
                id.replace('-', '_'), id.substring(0, 8) + id.substring(9) + "-", "g" + id.substring(1),
                id.substring(0, 35) + "G", "１２３４５６７８" + id.substring(8), "٠" + id.substring(1),
                "{" + id.substring(1, 35) + "}", "0000000-00000-0000-0000-000000000000");
        for (String value : values) {
            assertEquals(NETWORKNT_UUID.matcher(value).matches(), UuidFormat.isUuid(value), value);
        }
    }
}
