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
import dk.rodtraad.chassis.api.CodeListSchemas;
import dk.rodtraad.chassis.codes.Coded;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

import java.util.List;

/** The catalogue's code lists in its OpenAPI documents by their codes (chassis {@link CodeListSchemas}). */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CodeListsInOpenApi extends CodeListSchemas implements OASFilter {

    /** Every enum that implements {@link Coded}; a new code list belongs here too. */
    static final List<Class<? extends Coded>> CODE_LISTS = List.of(InterventionType.class, PreventionLevel.class,
            Anchoring.class, EvidenceLevel.class, Access.class, InterventionStatus.class, DuplicateDecision.class,
            InterventionRevision.Change.class, DocumentVersion.Status.class);

    public CodeListsInOpenApi() {
        super(CODE_LISTS);
    }
}
