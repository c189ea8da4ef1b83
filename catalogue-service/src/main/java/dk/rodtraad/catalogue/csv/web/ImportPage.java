package dk.rodtraad.catalogue.csv.web;

import dk.rodtraad.catalogue.csv.CsvImport;
import dk.rodtraad.catalogue.csv.ImportReport;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem.FieldError;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The katalogredaktør imports the catalogue's spreadsheet from a file and gets the import's report, or every bad
 * cell named; the export is the JSON API's own {@code GET /csv/interventions}, linked from here.
 */
@Cancellable(false)
@Path("/katalog/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class ImportPage {

    private final Template page;
    private final CsvImport csvImport;
    private final Vertx vertx;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public ImportPage(@Location("katalog/import.html") Template page, CsvImport csvImport, Vertx vertx, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.csvImport = csvImport;
        this.vertx = vertx;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public TemplateInstance form() {
        return render(null, List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<RestResponse<TemplateInstance>> upload(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return Uni.createFrom().item(RestResponse.status(RestResponse.Status.BAD_REQUEST, render(null, List.of(), msg.import_no_file())));
        }
        // Read without blocking the event loop: the import then runs in the same reactive transaction as the API's.
        return vertx.fileSystem().readFile(file.uploadedFile().toString())
                .chain(buffer -> csvImport.importFile(buffer.getBytes(), identity.getPrincipal().getName()))
                .map(report -> RestResponse.ok(render(report, List.of(), null)))
                .onFailure(InvalidInputException.class).recoverWithItem(e -> RestResponse.status(RestResponse.Status.BAD_REQUEST,
                        render(null, ((InvalidInputException) e).errors(), null)));
    }

    /** @param alert a problem with the upload itself rather than with the file's content */
    private TemplateInstance render(ImportReport report, List<FieldError> errors, String alert) {
        return page.data("user", CurrentUser.of(identity))
                .data("report", report)
                .data("done", report == null ? null : msg.import_done(report.created(), report.changed(), report.unchanged()))
                .data("readAs", report == null || "UTF-8".equals(report.readAs()) ? null : msg.import_read_as(report.readAs()))
                .data("errors", errors)
                .data("alert", alert);
    }
}
