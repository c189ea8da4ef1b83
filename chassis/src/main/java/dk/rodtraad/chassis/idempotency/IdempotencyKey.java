package dk.rodtraad.chassis.idempotency;

import dk.rodtraad.chassis.problem.InvalidInputException;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a client names one request by, so that the same request sent again is answered with what the first made
 * rather than made twice: the {@code Idempotency-Key} header of the IETF's draft (draft-ietf-httpapi-idempotency-key-
 * header), or the hidden field a form carries ({@link #FORM_FIELD}). A UUID per request is the usual choice; any 1–255
 * visible ASCII characters will do. The draft's structured-field form, in double quotes, is read too.
 *
 * @param field where it came from: the header or the form's field, for an error that names it
 */
public record IdempotencyKey(String value, String field) {

    public static final String HEADER = "Idempotency-Key";
    /** The form's hidden field: one key per form as the page rendered it. */
    public static final String FORM_FIELD = "afsendelse";
    /** For the API's document, on each operation that takes one. */
    public static final String DESCRIPTION = "A key the client makes for this request, e.g. a UUID: the same request "
            + "sent again with it within a day (a retry after a lost answer) is answered with what the first made, "
            + "not made twice. The same key with another request: 400.";
    static final String USED_BEFORE = "Nøglen er allerede brugt til en anden forespørgsel. Send en ny nøgle";
    static final String FORM_SENT_BEFORE = "Formularen er allerede sendt, med et andet indhold. Se det, du har "
            + "skrevet, igen, og send den, hvis den skal sendes som en ny";
    static final String MALFORMED = "Nøglen skal være 1-255 synlige ASCII-tegn, fx et UUID";

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[!-~]{1,255}");

    /** @return null when the client sent none: the request is then made as often as it is sent */
    public static IdempotencyKey parse(String field, String sent) {
        if (sent == null) {
            return null;
        }
        String value = sent.length() >= 2 && sent.startsWith("\"") && sent.endsWith("\"")
                ? sent.substring(1, sent.length() - 1) : sent;
        if (!VISIBLE_ASCII.matcher(value).matches()) {
            throw new InvalidInputException(field, MALFORMED);
        }
        return new IdempotencyKey(value, field);
    }

    /** Why the key is refused for another request than the one it was first sent with, in the words of its source. */
    String usedBefore() {
        return FORM_FIELD.equals(field) ? FORM_SENT_BEFORE : USED_BEFORE;
    }

    /** A fresh key, for a form about to be shown. */
    public static String fresh() {
        return UUID.randomUUID().toString();
    }
}
