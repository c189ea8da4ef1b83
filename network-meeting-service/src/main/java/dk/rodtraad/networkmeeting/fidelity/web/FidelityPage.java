package dk.rodtraad.networkmeeting.fidelity.web;

import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.Page;
import dk.rodtraad.networkmeeting.fidelity.FidelityPeriod;
import dk.rodtraad.networkmeeting.fidelity.FidelityReport;
import dk.rodtraad.networkmeeting.fidelity.FidelityReports;
import dk.rodtraad.networkmeeting.fidelity.FidelityReports.Use;
import dk.rodtraad.networkmeeting.web.AppMessages;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Troskab mod Åben Dialog, the fidelity view: for leaders only, the numbers of groups of courses (the municipality, its
 * districts and units) for a period of whole quarters, as a page with charts and tables, and as CSV. No child, no
 * course: a fagperson gets the Danish 403 page. Each reading is audit-logged ({@link FidelityReports}).
 */
@Cancellable(false)
@Path("/troskab")
@RolesAllowed(Roles.LEDER)
public class FidelityPage {

    private final Template page;
    private final FidelityReports reports;
    private final FidelityColumns columns;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public FidelityPage(@Location("troskab/troskab.html") Template page, FidelityReports reports,
            FidelityColumns columns, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.reports = reports;
        this.columns = columns;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<RestResponse<TemplateInstance>> show(@RestQuery String fra, @RestQuery String til) {
        PeriodChoice choice = PeriodChoice.of(fra, til, reports.currentQuarter(), msg);
        TemplateInstance shown = page.data("user", CurrentUser.of(identity)).data("choice", choice)
                .data("errors", choice.errors()).data("summary", choice.errors().summary(choice.labels(msg)));
        if (choice.period().isEmpty()) {
            return Uni.createFrom().item(RestResponse.status(RestResponse.Status.BAD_REQUEST,
                    shown.data("view", null).data("csv", null)));
        }
        FidelityPeriod period = choice.period().get();
        return reports.report(period, Use.PAGE).map(report -> RestResponse.ok(shown
                .data("view", FidelityView.of(report, columns, msg))
                .data("csv", Page.link("/troskab/tal.csv", "fra", period.from().code(), "til", period.to().code()))));
    }

    @GET
    @Path("/tal.csv")
    @Produces(ExcelCsv.CONTENT_TYPE)
    @Operation(summary = "The fidelity view's numbers for the municipality, its districts and units, as a ;-separated "
            + "UTF-8 file a Danish Excel opens; groups of fewer than 5 courses say 'for få'")
    public Uni<RestResponse<String>> csv(@RestQuery String fra, @RestQuery String til) {
        PeriodChoice choice = PeriodChoice.of(fra, til, reports.currentQuarter(), msg);
        FidelityPeriod period = choice.period().orElseThrow(() -> new InvalidInputException(choice.errors()
                .summary(choice.labels(msg)).stream().map(error -> new FieldError(error.field(), error.message()))
                .toList()));
        return reports.report(period, Use.CSV).map(report -> RestResponse.ResponseBuilder.ok(csv(report))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"troskab-" + period.from().code()
                        + "-" + period.to().code() + ".csv\"").build());
    }

    /** One row per group: the municipality, then each district, then each unit, in the page's order. */
    private String csv(FidelityReport report) {
        Stream<String> names = Stream.of(msg.fidelity_csv_group(), msg.fidelity_district(), msg.fidelity_unit());
        String[] header = Stream.concat(names, columns.all().stream().map(FidelityColumns.Column::csvHeading))
                .toArray(String[]::new);
        Stream<List<String>> rows = Stream.of(
                Stream.of(row(msg.fidelity_municipality(), "", "", report.municipality())),
                report.districts().stream().map(group -> row(msg.fidelity_district(), columns.name(group.district()),
                        "", group)),
                report.units().stream().map(group -> row(msg.fidelity_unit(), columns.name(group.district()),
                        columns.name(group.unit()), group))).flatMap(s -> s);
        return ExcelCsv.write(header, rows.toList());
    }

    private List<String> row(String kind, String district, String unit, FidelityReport.Group group) {
        return Stream.concat(Stream.of(kind, district, unit),
                columns.all().stream().map(column -> columns.csvCell(group, column))).toList();
    }
}
