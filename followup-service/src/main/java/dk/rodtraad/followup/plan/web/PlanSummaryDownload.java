package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.followup.fit.chart.PlanSummary;
import dk.rodtraad.followup.fit.chart.PlanSummaryPdf;
import dk.rodtraad.followup.overview.PlanRecord;
import dk.rodtraad.followup.overview.PlanRecords;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.web.AppMessages;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The plan on one page as a PDF, to go through with the family ({@link PlanSummaryPdf}): the plan, its goals with their
 * latest evaluation, and where FIT stands. Read through the plan, so refused, and audited, as the plan is. The child's
 * name is left as a line to write on: this service knows no name, and a pseudonymous id means nothing to a family.
 */
@Cancellable(false)
@Path("/planer/{planId}/plan.pdf")
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class PlanSummaryDownload {

    private final PlanRecords records;
    private final AppMessages msg;
    private final Clock clock;
    private final People people;

    public PlanSummaryDownload(PlanRecords records, AppMessages msg, Clock clock, People people) {
        this.records = records;
        this.msg = msg;
        this.clock = clock;
        this.people = people;
    }

    @GET
    public Uni<RestResponse<byte[]>> download(@PathParam("planId") String planId) {
        return records.find(InvalidInputException.parseUuid("planId", planId)).chain(record -> people.names()
                .map(names -> RestResponse.ResponseBuilder.ok(PlanSummaryPdf.of(summary(record, names)))
                        .header("Content-Type", "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"indsatsplan.pdf\"")
                        .build()));
    }

    private PlanSummary summary(PlanRecord record, People.Names names) {
        PlanView plan = record.plan();
        return new PlanSummary(msg.plan_summary_child(), PlanPageView.intervention(plan),
                names.professional(plan.responsible().username(), plan.responsible().discipline()), plan.startsOn(),
                plan.reviewDates(), Optional.ofNullable(plan.endedOn()),
                plan.goals().stream().map(PlanSummaryDownload::goal).toList(), record.fit(),
                DanishDates.today(clock));
    }

    private static PlanSummary.Goal goal(PlanView.GoalView goal) {
        var latest = goal.evaluations().isEmpty() ? Optional.<PlanView.EvaluationView>empty()
                : Optional.of(goal.evaluations().getLast());
        return new PlanSummary.Goal(goal.owner().label(), goal.description(), goal.indicator(), goal.dueOn(),
                latest.map(e -> e.attainment().label()), latest.map(PlanView.EvaluationView::familyView));
    }
}
