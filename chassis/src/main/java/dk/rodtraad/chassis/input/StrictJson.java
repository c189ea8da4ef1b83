package dk.rodtraad.chassis.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dk.rodtraad.chassis.problem.InvalidValueException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Map;

/**
 * JSON is read as it is written, nothing guessed: a value of another JSON type than its field's is refused, not
 * coerced ({@code "acute": 1} is not {@code true}, {@code "age": "7"} not {@code 7}, {@code 1.5} not {@code 1},
 * {@code "name": 12} not {@code "12"}), {@code null} is no value for a primitive ({@code "acute": null} is not
 * {@code false}; one left out is still Java's default), a key twice and anything after the document are errors,
 * and every string keeps to {@link PlainText}. Each refusal names its field: {@code ProblemMappers} turns it into a
 * 400.
 * <p>
 * A document of more than {@code rodtraad.http.max-json-tokens} tokens (values, field names and brackets) is refused
 * as it is read, a 413 ({@code ProblemMappers.isTooManyTokens}): the body's 4 MB hold some 400,000 short strings,
 * each a Java object and, when a list's elements break a rule, a violation with its path, which once filled a
 * service's heap and ended it. The largest document a service reads, catalogue-service's Vejviser, has about 1,700.
 * <p>
 * This is the mapper of the whole service: the REST API's, and the one that reads the events' payloads, which
 * services write with the same types.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    private final long maxTokens;

    StrictJson(@ConfigProperty(name = "rodtraad.http.max-json-tokens") long maxTokens) {
        this.maxTokens = maxTokens;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxTokenCount(maxTokens).build());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        var module = new SimpleModule("rodtraad-strict-json").addDeserializer(String.class, new PlainTextDeserializer());
        Map.of(boolean.class, false, int.class, 0, long.class, 0L, short.class, (short) 0, double.class, 0.0,
                float.class, 0.0f).forEach((type, absent) -> module.addDeserializer(type, primitive(type, absent)));
        mapper.registerModule(module);
    }

    @SuppressWarnings("unchecked")
    private static <T> JsonDeserializer<T> primitive(Class<?> type, Object absent) {
        return new Primitive<>((Class<T>) type, (JsonDeserializer<T>) NumberDeserializers.find(type, type.getName()),
                (T) absent);
    }

    /**
     * A primitive read as Jackson reads it, but an explicit {@code null} is refused ({@code "acute": null} is not
     * {@code false}), while one left out is Java's default, as Jackson has it: a request without {@code acute} still
     * gets every field it lacks named at once by Bean Validation. ({@code FAIL_ON_NULL_FOR_PRIMITIVES} and
     * {@code Nulls.FAIL} refuse a left-out one too, before any other field is looked at.)
     */
    static final class Primitive<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> standard;
        private final T absent;

        Primitive(Class<T> type, JsonDeserializer<T> standard, T absent) {
            super(type);
            this.standard = standard;
            this.absent = absent;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return standard.deserialize(parser, context);
        }

        @Override
        public T getNullValue(DeserializationContext context) throws JsonMappingException {
            return context.reportInputMismatch(this, "null is no value of %s", handledType().getName());
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return absent;
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }
    }

    /** A JSON string, read as Jackson reads it, that must keep to {@link PlainText}. */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !PlainText.isPlain(text)) {
                throw new InvalidValueException(PlainText.MESSAGE);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
