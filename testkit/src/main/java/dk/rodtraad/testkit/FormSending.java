package dk.rodtraad.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key a form that adds carries, its hidden field {@code afsendelse} (ADR 0034: the same form sent twice makes
 * one), read from the page that shows the form, for tests that send it twice as a browser without our script would.
 */
public final class FormSending {

    /** The form field's name (the chassis's {@code IdempotencyKey.FORM_FIELD}). */
    public static final String NAME = "afsendelse";

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"" + NAME + "\" value=\"([^\"]+)\">");

    /** The key of the first form on {@code page} that carries one. */
    public static String of(String page) {
        Matcher hidden = HIDDEN.matcher(page);
        if (!hidden.find()) {
            throw new AssertionError("the page has no form with a non-empty " + NAME);
        }
        return hidden.group(1);
    }

    private FormSending() {
    }
}
