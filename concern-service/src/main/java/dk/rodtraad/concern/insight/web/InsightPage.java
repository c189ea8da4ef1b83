package dk.rodtraad.concern.insight.web;

import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.insight.CitizensReport;
import dk.rodtraad.concern.insight.CitizensReports;
import dk.rodtraad.concern.insight.InsightResource;
import dk.rodtraad.concern.insight.ReportRequest;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * "Indsigt": the citizen's report for a CPR number typed into a form (posted, so the number is never in a URL),
 * shown as a page with a button for the same report as a PDF. A malformed number is shown on the form.
 */
@Cancellable(false)
@Path("/indsigt")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.MYNDIGHED, Roles.DATABESKYTTELSE})
public class InsightPage {

    private final Template page;
    private final CitizensReports reports;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public InsightPage(@Location("indsigt/indsigt.html") Template page, CitizensReports reports,
            SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.reports = reports;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public RestResponse<TemplateInstance> form() {
        return show("", new FormErrors(), null, RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> report(@RestForm String cpr) {
        return reports.report(new ReportRequest(cpr))
                .map(report -> show(cpr, new FormErrors(), report, RestResponse.Status.OK))
                .onFailure(InvalidInputException.class)
                .recoverWithItem(e -> invalid(cpr, (InvalidInputException) e));
    }

    @POST
    @Path("/pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({InsightResource.PDF, MediaType.TEXT_HTML})
    public Uni<Response> pdf(@RestForm String cpr) {
        return reports.report(new ReportRequest(cpr))
                .map(InsightResource::pdf)
                .onFailure(InvalidInputException.class)
                .recoverWithItem(e -> invalid(cpr, (InvalidInputException) e).toResponse());
    }

    private RestResponse<TemplateInstance> invalid(String cpr, InvalidInputException e) {
        var errors = new FormErrors();
        errors.addAll(e.errors());
        return show(cpr, errors, null, RestResponse.Status.BAD_REQUEST);
    }

    private RestResponse<TemplateInstance> show(String cpr, FormErrors errors, CitizensReport report,
            RestResponse.Status status) {
        SequencedMap<String, String> labels = new LinkedHashMap<>();
        labels.put("cpr", msg.insight_cpr());
        return RestResponse.ResponseBuilder.create(status, page.data("user", CurrentUser.of(identity))
                        .data("cpr", cpr == null ? "" : cpr)
                        .data("errors", errors)
                        .data("summary", errors.summary(labels))
                        .data("labels", labels)
                        .data("report", report))
                .type(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store")
                .build();
    }

}
