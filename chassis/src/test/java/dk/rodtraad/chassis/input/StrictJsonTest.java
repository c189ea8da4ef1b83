package dk.rodtraad.chassis.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.InvalidValueException;
import dk.rodtraad.chassis.problem.ProblemMappers;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON read by the chassis's mapper: a value is read as the type it is written in, or refused naming its field. */
class StrictJsonTest {

    record Sent(String text, boolean flag, int count, List<String> words) {
    }

    private static final int MAX_TOKENS = 100;

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        var mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson(MAX_TOKENS).customize(mapper);
        return mapper;
    }

    @Test
    void readsSoundJsonAsWritten() throws JsonProcessingException {
        var sent = json.readValue("""
                {"text": "linje 1\\n\\tlinje 2", "flag": true, "count": 3, "words": ["æble", "ø"]}""", Sent.class);

        assertEquals(new Sent("linje 1\n\tlinje 2", true, 3, List.of("æble", "ø")), sent);
    }

    @Test
    void aNumberIsNoBooleanAndNullIsNoFalse() {
        assertEquals("flag", refusedField("{\"flag\": 1}"));
        assertEquals("flag", refusedField("{\"flag\": null}"));
        assertEquals("flag", refusedField("{\"flag\": \"true\"}"));
    }

    @Test
    void aPrimitiveLeftOutIsJavasDefaultSoTheOtherMissingFieldsCanBeNamed() throws JsonProcessingException {
        assertEquals(new Sent(null, false, 0, null), json.readValue("{}", Sent.class));
    }

    @Test
    void aTextOrAFractionIsNoWholeNumber() {
        assertEquals("count", refusedField("{\"count\": \"7\"}"));
        assertEquals("count", refusedField("{\"count\": 1.5}"));
        assertEquals("count", refusedField("{\"count\": null}"));
    }

    @Test
    void aNumberOrABooleanIsNoText() {
        assertEquals("text", refusedField("{\"text\": 12}"));
        assertEquals("text", refusedField("{\"text\": false}"));
        assertEquals("text", refusedField("{\"text\": {\"a\": 1}}"));
    }

    @Test
    void aControlCharacterInAnyStringIsRefusedWithTheRulesMessage() {
        var nul = assertThrows(JsonMappingException.class, () -> json.readValue("{\"text\": \"a\\u0000b\"}", Sent.class));
        assertEquals("text", pathOf(nul));
        assertInstanceOf(InvalidValueException.class, nul.getCause());
        assertEquals(PlainText.MESSAGE, nul.getCause().getMessage());

        assertEquals("words[1]", refusedField("{\"words\": [\"ok\", \"\\u001b[31m\"]}"));
    }

    @Test
    void aKeyTwiceOrAnythingAfterTheDocumentIsRefused() {
        assertThrows(JsonProcessingException.class, () -> json.readValue("{\"text\": \"a\", \"text\": \"b\"}", Sent.class));
        assertThrows(JsonProcessingException.class, () -> json.readValue("{\"text\": \"a\"} {}", Sent.class));
    }

    @Test
    void aDocumentOfMoreTokensThanTheLimitIsRefusedAsSuch() throws JsonProcessingException {
        // {, "words", [, 96 strings, ], }: 101 tokens, one too many; a token fewer is read.
        String tooMany = "{\"words\": [" + String.join(",", Collections.nCopies(96, "\" \"")) + "]}";
        var refused = assertThrows(JsonProcessingException.class, () -> json.readValue(tooMany, Sent.class));
        assertTrue(ProblemMappers.isTooManyTokens(refused), refused::toString);
        assertEquals(95, json.readValue(tooMany.replaceFirst("\" \",", ""), Sent.class).words().size());

        assertFalse(ProblemMappers.isTooManyTokens(assertThrows(JsonProcessingException.class,
                () -> json.readValue("[".repeat(1001) + "]".repeat(1001), Sent.class))), "too deep is not too many");
    }

    private String refusedField(String body) {
        return pathOf(assertThrows(JsonMappingException.class, () -> json.readValue(body, Sent.class)));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
