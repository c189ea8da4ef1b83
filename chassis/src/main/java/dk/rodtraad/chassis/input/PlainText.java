package dk.rodtraad.chassis.input;

/**
 * The one rule for the characters of text that comes in: what a person can type. Wherever text enters a service (a
 * JSON string, a form field, a query parameter, the address's path, a spreadsheet cell) it may hold any character
 * but the C0 controls other than tab, line feed and carriage return (U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F), DEL and the C1 controls (U+007F–U+009F), and a surrogate without its pair. PostgreSQL refuses NUL
 * in text, which was a 500 before this rule; the others are never typed, and a C1 control is the mark of text read
 * in the wrong character set. Tab and line breaks stay: multi-line fields need them, and they do no harm in the
 * others.
 */
public final class PlainText {

    /** The field's message when it breaks the rule. */
    public static final String MESSAGE = "Indeholder et kontroltegn eller et ugyldigt tegn, som ikke kan gemmes";

    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private PlainText() {
    }
}
