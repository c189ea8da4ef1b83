package dk.rodtraad.concern;

import dk.rodtraad.chassis.api.CodeListSchemas;
import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.concern.notification.Ground;
import dk.rodtraad.concern.notification.Outcome;
import dk.rodtraad.concern.notification.Urgency;
import dk.rodtraad.concern.recording.ChildViewMethod;
import dk.rodtraad.concern.recording.ConcernLevel;
import dk.rodtraad.concern.recording.ParentContact;
import dk.rodtraad.concern.recording.Setting;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

import java.util.List;

/** Concern-service's code lists in its OpenAPI documents by their codes (chassis {@link CodeListSchemas}). */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CodeListsInOpenApi extends CodeListSchemas implements OASFilter {

    /** Every enum that implements {@link Coded}; a new code list belongs here too. */
    static final List<Class<? extends Coded>> CODE_LISTS = List.of(Outcome.class, Urgency.class, Ground.class,
            ChildViewMethod.class, ParentContact.class, Setting.class, ConcernLevel.class);

    public CodeListsInOpenApi() {
        super(CODE_LISTS);
    }
}
