package dk.rodtraad.chassis.inbox;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;

/**
 * JSON Schema's {@code uuid} format, as networknt's own ({@code ^\p{XDigit}{8}-\p{XDigit}{4}-\p{XDigit}{4}-
 * \p{XDigit}{4}-\p{XDigit}{12}$}, either case) but read character by character: every event carries two or more
 * ids, and the regular expression was a twentieth of a replay's CPU (docs/events.md, "How fast").
 */
final class UuidFormat implements Format {

    private static final int LENGTH = 36;

    @Override
    public String getName() {
        return "uuid";
    }

    @Override
    public String getMessageKey() {
        return "format.uuid";
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
        return isUuid(value);
    }

    static boolean isUuid(String value) {
        if (value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
