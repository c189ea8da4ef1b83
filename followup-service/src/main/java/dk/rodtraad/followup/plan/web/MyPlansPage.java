package dk.rodtraad.followup.plan.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.followup.overview.PlanRecords;
import dk.rodtraad.followup.web.AppMessages;
import dk.rodtraad.followup.web.FitWords;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Mine planer: the open alerts addressed to me first, newest first, each with what to consider; then my active plans
 * (those I am responsible for or tovholder of) with their colour and what is next. The list is
 * {@link PlanRecords#mine()}'s, as the API's.
 */
@Cancellable(false)
@Path("/planer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class MyPlansPage {

    private final Template mine;
    private final PlanRecords records;
    private final FitWords words;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public MyPlansPage(@Location("opfoelgning/mine.html") Template mine, PlanRecords records, FitWords words,
            SecurityIdentity identity, AppMessages msg, People people) {
        this.mine = mine;
        this.records = records;
        this.words = words;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    public Uni<TemplateInstance> show() {
        return records.mine().chain(plans -> people.names().map(names -> mine.data("user", CurrentUser.of(identity))
                .data("alerts", plans.stream().flatMap(plan -> plan.openAlerts().stream()
                        .map(alert -> MyAlertRow.of(plan, alert, words))).toList())
                .data("plans", plans.stream().map(plan -> MyPlanRow.of(plan, why(plan.why()), words, names))
                        .toList())));
    }

    private List<String> why(Set<String> codes) {
        return codes.stream().map(code -> switch (code) {
            case "ansvarlig" -> msg.why_ansvarlig();
            case "tovholder" -> msg.why_tovholder();
            default -> code;
        }).toList();
    }
}
