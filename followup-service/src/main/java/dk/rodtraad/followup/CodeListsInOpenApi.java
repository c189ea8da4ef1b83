package dk.rodtraad.followup;

import dk.rodtraad.chassis.api.CodeListSchemas;
import dk.rodtraad.chassis.codes.AgeGroup;
import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.followup.evaluation.Measure;
import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.fit.AllianceConcern;
import dk.rodtraad.followup.fit.ExpectationSource;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Trend;
import dk.rodtraad.followup.plan.EvaluationOccasion;
import dk.rodtraad.followup.plan.GoalAttainment;
import dk.rodtraad.followup.plan.GoalOwner;
import dk.rodtraad.followup.plan.PlanEndReason;
import dk.rodtraad.followup.plan.PlanStatus;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

import java.util.List;

/** Followup-service's code lists in its OpenAPI documents by their codes (chassis {@link CodeListSchemas}). */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CodeListsInOpenApi extends CodeListSchemas implements OASFilter {

    /** Every enum that implements {@link Coded}; a new code list belongs here too. */
    static final List<Class<? extends Coded>> CODE_LISTS = List.of(AgeGroup.class, Measure.class, Rater.class,
            AllianceConcern.class, FitForm.class, FitColour.class, AlertAdvice.class, ExpectationSource.class,
            Trend.class, GoalOwner.class, GoalAttainment.class, PlanEndReason.class, EvaluationOccasion.class,
            PlanStatus.class);

    public CodeListsInOpenApi() {
        super(CODE_LISTS);
    }
}
