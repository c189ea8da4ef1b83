package dk.rodtraad.catalogue;

import dk.rodtraad.catalogue.duplicate.DuplicateDecision;
import dk.rodtraad.catalogue.intervention.Access;
import dk.rodtraad.catalogue.intervention.Anchoring;
import dk.rodtraad.catalogue.intervention.EvidenceLevel;
import dk.rodtraad.catalogue.intervention.InterventionRevision;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.intervention.InterventionType;
import dk.rodtraad.catalogue.intervention.PreventionLevel;
import dk.rodtraad.catalogue.versioning.DocumentVersion;
import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shows the catalogue's code lists in the OpenAPI document as the API speaks them: by their Danish codes
 * ({@code konsultativ-sparring}), not the Java constants ({@code KONSULTATIV_SPARRING}). SmallRye OpenAPI reads
 * {@code @JsonValue} only from a method the enum declares itself, not from {@link Coded}'s default method (its
 * warning SROAP31017), so it lists the constants; this filter puts the codes in their place.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CodeListsInOpenApi implements OASFilter {

    /** Every enum that implements {@link Coded}; a new code list belongs here too. */
    static final List<Class<? extends Coded>> CODE_LISTS = List.of(InterventionType.class, PreventionLevel.class,
            Anchoring.class, EvidenceLevel.class, Access.class, InterventionStatus.class, DuplicateDecision.class,
            InterventionRevision.Change.class, DocumentVersion.Status.class);

    private static final Map<Set<String>, List<Object>> CODES_BY_CONSTANTS = CODE_LISTS.stream()
            .map(list -> list.getEnumConstants())
            .collect(Collectors.toMap(
                    values -> Arrays.stream(values).map(Coded::name).collect(Collectors.toSet()),
                    values -> Arrays.stream(values).map(value -> (Object) value.code()).toList()));

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getEnumeration() != null) {
            var constants = schema.getEnumeration().stream().map(String::valueOf).collect(Collectors.toSet());
            var codes = CODES_BY_CONSTANTS.get(constants);
            if (codes != null) {
                schema.setEnumeration(codes);
            }
        }
        return schema;
    }
}
