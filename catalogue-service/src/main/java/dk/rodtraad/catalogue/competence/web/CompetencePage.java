package dk.rodtraad.catalogue.competence.web;

import dk.rodtraad.catalogue.competence.Competence;
import dk.rodtraad.catalogue.competence.Competences;
import dk.rodtraad.catalogue.csv.CsvImport;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The competence overview (kompetenceoversigt): everyone searches who masters which method; the katalogredaktør
 * replaces the overview from its spreadsheet. The download is the JSON API's own {@code GET /csv/competences}.
 */
@Cancellable(false)
@Path("/katalog/kompetencer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${rodtraad.web.roles}")
public class CompetencePage {

    private final Template page;
    private final Competences competences;
    private final CsvImport csvImport;
    private final Vertx vertx;
    private final SecurityIdentity identity;
    private final AppMessages msg;

    public CompetencePage(@Location("katalog/kompetencer.html") Template page, Competences competences, CsvImport csvImport, Vertx vertx, SecurityIdentity identity, AppMessages msg) {
        this.page = page;
        this.competences = competences;
        this.csvImport = csvImport;
        this.vertx = vertx;
        this.identity = identity;
        this.msg = msg;
    }

    @GET
    public Uni<TemplateInstance> search(@RestQuery String q) {
        return render(q, null, List.of(), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    public Uni<RestResponse<TemplateInstance>> upload(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return render(null, null, List.of(), msg.import_no_file()).map(p -> RestResponse.status(RestResponse.Status.BAD_REQUEST, p));
        }
        // Read without blocking the event loop, as the intervention import does.
        return vertx.fileSystem().readFile(file.uploadedFile().toString())
                .chain(buffer -> csvImport.importCompetences(buffer.getBytes()))
                .chain(count -> render(null, msg.competences_done(count), List.of(), null)).map(RestResponse::ok)
                .onFailure(InvalidInputException.class).recoverWithUni(e -> render(null, null,
                        ((InvalidInputException) e).errors(), null).map(p -> RestResponse.status(RestResponse.Status.BAD_REQUEST, p)));
    }

    /** @param alert a problem with the upload itself rather than with the file's content */
    private Uni<TemplateInstance> render(String q, String done, List<FieldError> errors, String alert) {
        return competences.find(q).map(found -> page.data("user", CurrentUser.of(identity))
                .data("q", q == null ? "" : q)
                .data("competences", found.stream().map(Competence::entry).toList())
                .data("done", done)
                .data("errors", errors)
                .data("alert", alert));
    }
}
