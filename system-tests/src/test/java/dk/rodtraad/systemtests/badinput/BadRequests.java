package dk.rodtraad.systemtests.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bad requests for one operation, generated from its description: every request is wrong in at least one way
 * (a bad id, a bad query parameter, a body that is not what the operation reads, a field of the wrong type, a control
 * character, a huge value, a bad encoding, a bad CPR number, a wrong content type), so none may change anything.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A JSON null in a generated body (a {@code Map} cannot hold Java's). */
    private static final Object NULL = new Object();

    /** Values for an id in the path: none is an id of anything. */
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "%00", "-1", "99999999999999999999999",
            "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE" + "x".repeat(10), "a".repeat(600), "%27%20or%201%3D1--");
    /** Values for a query parameter. */
    private static final List<String> BAD_QUERY = List.of("abc", "%00", "-1", "1e309", "%01%07", "x".repeat(5000),
            "%C3%28");
    /** Strings a text field must refuse or store harmlessly; the field is never the only thing wrong. */
    private static final Map<String, String> BAD_TEXT = Map.of(
            "control-chars", "før\u0000efter",
            "control-chars-bell", "ding\u0007dong\u001b[31m",
            "huge-value", "x".repeat(300_000));
    private static final List<String> BAD_DATES = List.of("0001-01-01", "2026-13-45", "9999-12-31", "i går", "");
    /** Fields in one form or upload: far more than any page has, each small, all within the body's 4 MB. */
    private static final int MANY_FIELDS = 20_000;
    private static final List<String> BAD_CPRS = List.of("abc", "010120-123", "320120-1234", "010120-12345",
            "0101201234567", "010120\u00001234", "'; drop table child; --");

    private final Operation operation;
    private final String formToken;
    private final List<BadRequest> requests = new ArrayList<>();

    private BadRequests(Operation operation, String formToken) {
        this.operation = operation;
        this.formToken = formToken;
    }

    /** @param formToken the caller's CSRF token, sent with form bodies as a browser would, so a form's own checks run */
    static List<BadRequest> of(Operation operation, String formToken) {
        var generator = new BadRequests(operation, formToken);
        generator.badIds();
        generator.badQueries();
        if (operation.bodyType() != null) {
            generator.badBodies();
        }
        return generator.requests;
    }

    private void badIds() {
        for (String param : operation.pathParams()) {
            for (String id : BAD_IDS) {
                add("bad-id", path(param, id), "", wrongBodyOrNone(), "path " + param + "=" + id);
            }
        }
    }

    private void badQueries() {
        for (String param : operation.queryParams()) {
            for (String value : BAD_QUERY) {
                add("bad-query", path(null, null), "?" + param + "=" + value, wrongBodyOrNone(),
                        "query " + param + "=" + shorten(value));
            }
        }
    }

    private void badBodies() {
        String type = operation.bodyType();
        if (type.startsWith("application/json")) {
            jsonBodies();
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            formBodies();
        } else if (type.startsWith("multipart/form-data")) {
            multipartBodies();
        } else {
            body("wrong-content-type", "application/json", "{}".getBytes(StandardCharsets.UTF_8), "JSON to " + type);
        }
    }

    private void jsonBodies() {
        for (String notJson : List.of("this is not json {", "[]", "null", "\"x\"", "1e99999", "{\"a\":")) {
            body("not-json", "application/json", utf8(notJson), notJson);
        }
        body("bad-encoding", "application/json", invalidUtf8("{\"x\":\"", "\"}"), "invalid UTF-8");
        body("wrong-content-type", "text/plain", utf8("{}"), "text/plain");
        body("wrong-content-type", "application/xml", utf8("<concern/>"), "XML");
        body("wrong-content-type", "application/x-www-form-urlencoded", utf8("a=b"), "a form");
        body("missing-fields", "application/json", utf8("{}"), "{}");
        body("huge-body", "application/json", utf8("{\"x\":\"" + "y".repeat(3_000_000) + "\"}"), "3 MB");
        body("many-values", "application/json", manyBlanks("x"), "400,000 values in a field it does not know");
        JsonNode properties = operation.body().path("properties");
        properties.fieldNames().forEachRemaining(field -> {
            JsonNode schema = properties.get(field);
            if (schema.path("type").asText().equals("array")) {
                body("many-values", "application/json", manyBlanks(field), field + ": 400,000 blank values");
            }
            for (var wrong : wrongValues(schema)) {
                json("wrong-type", Map.of(field, wrong), field + "=" + shorten(String.valueOf(wrong)));
            }
            if (isText(schema)) {
                BAD_TEXT.forEach((kind, text) -> json(kind.startsWith("control") ? "control-chars" : kind,
                        Map.of(field, text, "uventet-felt", 1), field + " " + kind));
            }
            if (isDate(field, schema)) {
                BAD_DATES.forEach(date -> json("bad-date", Map.of(field, date), field + "=" + date));
            }
            if (field.toLowerCase().contains("cpr")) {
                BAD_CPRS.forEach(cpr -> json("bad-cpr", Map.of(field, cpr), field + "=" + cpr));
            }
            if (schema.path("type").asText().equals("object") && schema.has("properties")) {
                schema.get("properties").fieldNames().forEachRemaining(inner -> {
                    if (inner.toLowerCase().contains("cpr")) {
                        BAD_CPRS.forEach(cpr -> json("bad-cpr", Map.of(field, Map.of(inner, cpr)),
                                field + "." + inner + "=" + cpr));
                    } else if (isText(schema.get("properties").get(inner))) {
                        json("control-chars", Map.of(field, Map.of(inner, "nul\u0000")), field + "." + inner + " NUL");
                    }
                });
            }
        });
    }

    private void formBodies() {
        body("bad-encoding", "application/x-www-form-urlencoded", withToken("a=%ZZ&b=%"), "a=%ZZ");
        body("bad-encoding", "application/x-www-form-urlencoded", invalidUtf8(tokenField() + "&a=", ""),
                "invalid UTF-8");
        body("missing-fields", "application/x-www-form-urlencoded", withToken(""), "only the CSRF token");
        body("huge-body", "application/x-www-form-urlencoded", withToken("a=" + "y".repeat(3_000_000)), "3 MB");
        body("many-values", "application/x-www-form-urlencoded", withToken("a=x&".repeat(MANY_FIELDS) + "b=x"),
                MANY_FIELDS + " fields");
        JsonNode properties = operation.body().path("properties");
        properties.fieldNames().forEachRemaining(field -> {
            BAD_TEXT.forEach((kind, text) -> body(kind.startsWith("control") ? "control-chars" : kind,
                    "application/x-www-form-urlencoded", withToken(field + "=" + encode(text)), field + " " + kind));
            if (isDate(field, properties.get(field))) {
                BAD_DATES.forEach(date -> body("bad-date", "application/x-www-form-urlencoded",
                        withToken(field + "=" + encode(date)), field + "=" + date));
            }
            if (field.toLowerCase().contains("cpr")) {
                BAD_CPRS.forEach(cpr -> body("bad-cpr", "application/x-www-form-urlencoded",
                        withToken(field + "=" + encode(cpr)), field + "=" + cpr));
            }
        });
    }

    private void multipartBodies() {
        String boundary = "rodtraad" + UUID.randomUUID().toString().replace("-", "");
        String type = "multipart/form-data; boundary=" + boundary;
        JsonNode properties = operation.body().path("properties");
        String fileField = properties.fieldNames().hasNext() ? properties.fieldNames().next() : "file";
        body("bad-encoding", type, multipart(boundary, fileField, latin1("navn;beskrivelse\nSøskende;Hjælp til børn\n")),
                "a Latin-1 file");
        body("bad-encoding", type, multipart(boundary, fileField, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}),
                "bytes that are no text");
        body("huge-body", type, multipart(boundary, fileField, utf8("a;b\n".repeat(1_000_000))), "4 MB of rows");
        body("control-chars", type, multipart(boundary, fileField, utf8("navn\u0000;x\n")), "NUL in a cell");
        body("not-a-form", type, utf8("--" + boundary + "\r\nbroken"), "a broken multipart body");
        body("many-values", type, manyParts(boundary, fileField), MANY_FIELDS + " parts besides the file");
        body("wrong-content-type", "application/json", utf8("{}"), "JSON to a file upload");
    }

    /** Values of the wrong JSON type for a field; {@code null} too, which must never be read as false or zero. */
    private static List<Object> wrongValues(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "string" -> List.of(123, true, List.of("x"), Map.of("x", 1), NULL);
            case "integer", "number" -> List.of("abc", 1.5, true, Long.MAX_VALUE + "0", NULL);
            case "boolean" -> List.of(1, "ja", "true", 0, NULL);
            case "array" -> List.of("x", Map.of("x", 1), 7, NULL);
            case "object" -> List.of("x", List.of(1), 7, NULL);
            default -> List.of(List.of(Map.of()), NULL);
        };
    }

    private void json(String kind, Map<String, Object> fields, String what) {
        ObjectNode body = JSON.createObjectNode();
        fields.forEach((field, value) -> body.set(field, value == NULL ? body.nullNode() : JSON.valueToTree(value)));
        body(kind, "application/json", utf8(body.toString()), what);
    }

    private void body(String kind, String contentType, byte[] body, String what) {
        add(kind, path(null, null), "", new Body(contentType, body), what);
    }

    private void add(String kind, String path, String query, Body body, String what) {
        requests.add(new BadRequest(kind, operation, path + query, body == null ? null : body.type(),
                body == null ? null : body.bytes(), what));
    }

    /** An operation with a body gets one it cannot read besides the bad id or parameter, so nothing can succeed. */
    private Body wrongBodyOrNone() {
        if (operation.bodyType() == null) {
            return null;
        }
        return operation.bodyType().startsWith("application/x-www-form-urlencoded")
                ? new Body(operation.bodyType(), withToken("a=%00"))
                : new Body("application/json", utf8("[]"));
    }

    /** The path with {@code param} set to {@code value} and every other parameter a random (unknown) UUID. */
    private String path(String param, String value) {
        String path = operation.path();
        for (String name : operation.pathParams()) {
            path = path.replace("{" + name + "}", name.equals(param) ? value : UUID.randomUUID().toString());
        }
        return path;
    }

    private record Body(String type, byte[] bytes) {
    }

    private byte[] withToken(String form) {
        return utf8(form.isEmpty() ? tokenField() : tokenField() + "&" + form);
    }

    private String tokenField() {
        return "csrf-token=" + formToken;
    }

    private static boolean isText(JsonNode schema) {
        return schema.path("type").asText().equals("string") && !schema.has("enum") && !schema.has("format");
    }

    private static boolean isDate(String field, JsonNode schema) {
        return "date".equals(schema.path("format").asText()) || field.endsWith("On") || field.endsWith("Date")
                || field.startsWith("date");
    }

    /** A file upload as a browser sends it: the CSRF token's field, then the file. */
    private byte[] multipart(String boundary, String field, byte[] file) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n"
                + formToken + "\r\n"));
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"indsatser.csv\"\r\nContent-Type: text/csv\r\n\r\n"));
        out.writeBytes(file);
        out.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] invalidUtf8(String before, String after) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(utf8(before));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFE});
        out.writeBytes(utf8(after));
        return out.toByteArray();
    }

    /** The file upload with {@link #MANY_FIELDS} small fields before it, as a script could send them. */
    private byte[] manyParts(String boundary, String fileField) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < MANY_FIELDS; i++) {
            out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"f" + i
                    + "\"\r\n\r\nx\r\n"));
        }
        out.writeBytes(multipart(boundary, fileField, utf8("navn;beskrivelse\n")));
        return out.toByteArray();
    }

    /** 2 MB, within the body's 4: each value, were it read, an object, and a violation where its list has rules. */
    private static byte[] manyBlanks(String field) {
        return utf8("{\"" + field + "\":[" + "\" \",".repeat(399_999) + "\" \"]}");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
