package dk.rodtraad.chassis.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.rodtraad.chassis.problem.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** JSON read by the chassis's mapper: a value is read as the type it is written in, or refused naming its field. */
class StrictJsonTest {

    record Sent(String text, boolean flag, int count, List<String> words) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        var mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
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

    private String refusedField(String body) {
        return pathOf(assertThrows(JsonMappingException.class, () -> json.readValue(body, Sent.class)));
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
