package dk.rodtraad.chassis.web;

import dk.rodtraad.chassis.input.PlainText;
import dk.rodtraad.chassis.problem.EdgeRefusal;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a request carries in its address and in an urlencoded form body, checked before Quarkus REST reads any
 * of it: every part must be well-formed percent-encoding of UTF-8 (a form: of its declared character set) and keep
 * to {@link PlainText}. Anything else is a {@code 400} naming each bad part, at once: {@code path}, the query
 * parameter, the form field ({@code query} or {@code body} when even the name cannot be read). A form field longer
 * than {@code quarkus.http.limits.max-form-attribute-size} (as sent, encoded) or a form of more than
 * {@code quarkus.http.limits.max-form-fields} fields is a {@code 413} naming it.
 * <p>
 * Why before Quarkus REST: its form parser never answers when the last field's encoding is broken ({@code a=%ZZ}:
 * the decoding error escapes its end-of-input callback) and answers a field over the limit with a 500 per chunk
 * read. Here the form is read whole ({@link RequestLimits} has read the body) and Quarkus REST then parses only
 * what is known to be sound. Runs after {@link RequestLimits} (priority {@value #PRIORITY}).
 * <p>
 * An address that is no URI at all ({@code %ZZ}, a space, a {@code |}) never gets here: Quarkus's first handler,
 * before any route, refuses it with an empty 400 (it parses the address with {@code java.net.URI} unless the JVM
 * runs with {@code -Dvertx.disableURIValidation=true}). What reaches this filter is well-formed; it may still hold
 * bytes that are not UTF-8 ({@code %C3%28}) or a control character ({@code %00}).
 */
@ApplicationScoped
public class RequestText {

    static final int PRIORITY = 390;
    static final String MALFORMED = "Er ikke kodet rigtigt: en %-kode er ufuldstændig, eller teksten er ikke UTF-8";
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");

    private final EdgeRefusal refusal;
    private final long maxFieldSize;
    private final int maxFields;

    RequestText(EdgeRefusal refusal,
            @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size") MemorySize maxFieldSize,
            @ConfigProperty(name = "quarkus.http.limits.max-form-fields") int maxFields) {
        this.refusal = refusal;
        this.maxFieldSize = maxFieldSize.asLongValue();
        this.maxFields = maxFields;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    void check(RoutingContext context) {
        var invalid = readAddress(context.request());
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        Buffer body = context.body().buffer();
        if (isForm(contentType) && body != null) {
            Charset charset = charsetOf(contentType);
            if (charset == null) {
                invalid.put("body", "Tegnsættet i Content-Type kendes ikke; send formularen som UTF-8");
            } else {
                var tooLarge = new LinkedHashMap<String, String>();
                readFields(body.toString(StandardCharsets.ISO_8859_1), charset, "body", invalid, tooLarge);
                if (!tooLarge.isEmpty()) {
                    refusal.send(context, Problem.of(413, "For stor formular", "Et felt er længere, end det kan "
                            + "gemmes. Intet er gemt.", errors(tooLarge)), false);
                    return;
                }
            }
        }
        if (!invalid.isEmpty()) {
            refusal.send(context, Problem.invalid(errors(invalid)), false);
            return;
        }
        context.next();
    }

    /** What is wrong with the path and the query parameters, by name. */
    private Map<String, String> readAddress(HttpServerRequest request) {
        var invalid = new LinkedHashMap<String, String>();
        String path = decode(request.path(), StandardCharsets.UTF_8, false);
        if (path == null || !PlainText.isPlain(path)) {
            invalid.put("path", path == null ? MALFORMED : PlainText.MESSAGE);
        }
        if (request.query() != null) {
            readFields(request.query(), StandardCharsets.UTF_8, "query", invalid, new LinkedHashMap<>());
        }
        return invalid;
    }

    /**
     * Reads {@code name=value&...} as browsers encode it ({@code +} is a space), noting each field that cannot be
     * read or breaks the rule under its name, and each one too large.
     *
     * @param whole the name for the whole text, for a name that cannot be read itself
     */
    private void readFields(String encoded, Charset charset, String whole, Map<String, String> invalid,
            Map<String, String> tooLarge) {
        String[] pairs = encoded.split("&");
        if (pairs.length > maxFields && "body".equals(whole)) {
            tooLarge.put(whole, "Højst " + maxFields + " felter");
            return;
        }
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            String name = decode(rawName, charset, true);
            if (name == null || !PlainText.isPlain(name)) {
                invalid.putIfAbsent(whole, name == null ? MALFORMED : PlainText.MESSAGE);
                continue;
            }
            if (rawValue.length() > maxFieldSize && "body".equals(whole)) {
                tooLarge.putIfAbsent(name, "Højst " + maxFieldSize + " byte som sendt");
                continue;
            }
            String value = decode(rawValue, charset, true);
            if (value == null || !PlainText.isPlain(value)) {
                invalid.putIfAbsent(name, value == null ? MALFORMED : PlainText.MESSAGE);
            }
        }
    }

    /**
     * Percent-decodes the text (with {@code plusIsSpace}, a {@code +} is a space) and reads the bytes strictly in the
     * character set; null when a {@code %} is not followed by two hexadecimal digits or the bytes are not text in it.
     * A character that was not encoded counts as its byte: the HTTP codec reads the address as ISO-8859-1.
     */
    static String decode(String encoded, Charset charset, boolean plusIsSpace) {
        var bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || !HexFormat.isHexDigit(encoded.charAt(i + 1))
                        || !HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                    return null;
                }
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c == '+' && plusIsSpace ? ' ' : c & 0xFF);
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The form's declared character set, UTF-8 when none is declared; null for one Java does not know. */
    private static Charset charsetOf(String contentType) {
        Matcher declared = CHARSET.matcher(contentType);
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<FieldError> errors(Map<String, String> byField) {
        var errors = new ArrayList<FieldError>();
        byField.forEach((field, message) -> errors.add(new FieldError(field, message)));
        return errors;
    }
}
