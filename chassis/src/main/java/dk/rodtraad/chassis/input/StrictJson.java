package dk.rodtraad.chassis.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.ClassUtil;
import dk.rodtraad.chassis.problem.InvalidValueException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * JSON is read as it is written, nothing guessed: a value of another JSON type than its field's is refused, not
 * coerced ({@code "acute": 1} is not {@code true}, {@code "age": "7"} not {@code 7}, {@code 1.5} not {@code 1},
 * {@code "name": 12} not {@code "12"}), {@code null} is no value for a primitive ({@code "acute": null} is not
 * {@code false}; one left out is still Java's default), a key twice and anything after the document are errors,
 * and every string keeps to
 * {@link PlainText}. Each refusal names its field: {@code ProblemMappers} turns it into a 400.
 * <p>
 * This is the mapper of the whole service: the REST API's, and the one that reads the events' payloads, which
 * services write with the same types.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("rodtraad-strict-json")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription type,
                            JsonDeserializer<?> deserializer) {
                        return type.getBeanClass().isPrimitive() ? new AbsentPrimitive(deserializer) : deserializer;
                    }
                }));
    }

    /**
     * A primitive that is not in the JSON at all is Java's default ({@code false}, {@code 0}), as without
     * {@code FAIL_ON_NULL_FOR_PRIMITIVES}: a request that leaves out {@code acute} gets every field it lacks named
     * at once by Bean Validation, instead of this one alone. Only an explicit {@code null} is refused.
     */
    static final class AbsentPrimitive extends DelegatingDeserializer {

        AbsentPrimitive(JsonDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> standard) {
            return new AbsentPrimitive(standard);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return ClassUtil.defaultValue(handledType());
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
