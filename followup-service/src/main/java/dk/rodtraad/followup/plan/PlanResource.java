package dk.rodtraad.followup.plan;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * An intervention plan (indsatsplan): started for a child with its goals, goals set and evaluated, ended with a reason.
 * Reading it with its sessions and alerts: {@code overview.PlanRecordResource}.
 */
@Cancellable(false)
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class PlanResource {

    private final Plans plans;

    public PlanResource(Plans plans) {
        this.plans = plans;
    }

    @POST
    @Operation(summary = "Start an intervention plan for a child: intervention, responsible professional, start, reviews, birth month, goals")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<PlanView>> start(@NotNull(message = "Send planen som JSON") @Valid StartPlanRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return plans.start(request, IdempotencyKey.parse(IdempotencyKey.HEADER, key)).map(started -> RestResponse.ResponseBuilder
                .<PlanView>created(URI.create("/api/plans/" + started.id())).entity(started).build());
    }

    @POST
    @Path("/{planId}/goals")
    @Operation(operationId = "addGoal", summary = "Set one more goal of an active plan")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<PlanView>> addGoal(@PathParam("planId") String planId,
            @NotNull(message = "Send målet som JSON") @Valid GoalRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return plans.addGoal(InvalidInputException.parseUuid("planId", planId), request,
                        IdempotencyKey.parse(IdempotencyKey.HEADER, key))
                .map(plan -> RestResponse.ResponseBuilder.<PlanView>created(URI.create("/api/plans/" + plan.id()))
                        .entity(plan).build());
    }

    @POST
    @Path("/{planId}/goals/{goalId}/evaluations")
    @Operation(operationId = "evaluateGoal", summary = "Evaluate a goal at a review or at the end: reached, partly or not, with the family's view")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<PlanView>> evaluateGoal(@PathParam("planId") String planId,
            @PathParam("goalId") String goalId,
            @NotNull(message = "Send evalueringen som JSON") @Valid EvaluateGoalRequest request) {
        return plans.evaluateGoal(InvalidInputException.parseUuid("planId", planId),
                        InvalidInputException.parseUuid("goalId", goalId), request)
                .map(plan -> RestResponse.ResponseBuilder.<PlanView>created(URI.create("/api/plans/" + plan.id()))
                        .entity(plan).build());
    }

    @POST
    @Path("/{planId}/ending")
    @Operation(summary = "End the plan with a reason: completed, stopped by the family, another intervention, notified")
    public Uni<PlanView> end(@PathParam("planId") String planId,
            @NotNull(message = "Send afslutningen som JSON") @Valid EndPlanRequest request) {
        return plans.end(InvalidInputException.parseUuid("planId", planId), request);
    }
}
