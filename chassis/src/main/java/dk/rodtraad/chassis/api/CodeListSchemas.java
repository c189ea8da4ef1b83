package dk.rodtraad.chassis.api;

import dk.rodtraad.chassis.codes.Coded;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shows a service's code lists in its OpenAPI documents as the API speaks them: by their Danish codes
 * ({@code konsultativ-sparring}), not the Java constants ({@code KONSULTATIV_SPARRING}). SmallRye OpenAPI reads
 * {@code @JsonValue} only from a method the enum declares itself, not from {@link Coded}'s default method (its
 * warning SROAP31017), so it lists the constants, and a generated client would send values the service refuses.
 * Each service names its code lists in a subclass annotated {@code @OpenApiFilter(stages = BUILD)} that says
 * {@code implements OASFilter} again: Quarkus takes an annotated class as a filter only when OASFilter is among its
 * own interfaces.
 */
public abstract class CodeListSchemas implements OASFilter {

    private final Map<Set<String>, List<Object>> codesByConstants;

    protected CodeListSchemas(List<Class<? extends Coded>> codeLists) {
        this.codesByConstants = codeLists.stream()
                .map(Class::getEnumConstants)
                .collect(Collectors.toMap(
                        values -> Arrays.stream(values).map(Coded::name).collect(Collectors.toSet()),
                        values -> Arrays.stream(values).map(value -> (Object) value.code()).toList(),
                        (first, second) -> first));
    }

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getEnumeration() != null) {
            var constants = schema.getEnumeration().stream().map(String::valueOf).collect(Collectors.toSet());
            var codes = codesByConstants.get(constants);
            if (codes != null) {
                schema.setEnumeration(codes);
            }
        }
        return schema;
    }
}
