package dk.rodtraad.catalogue.csv;

import dk.rodtraad.catalogue.competence.Competences;
import dk.rodtraad.catalogue.intervention.Audience;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.chassis.csv.ExcelCsv;
import dk.rodtraad.chassis.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The catalogue and the competence overview as spreadsheets: exported for everyone who may read them, imported by the katalogredaktør. */
@Cancellable(false)
@Path("/csv")
public class CsvResource {

    private final CsvImport csvImport;
    private final Competences competences;
    private final SecurityIdentity identity;

    public CsvResource(CsvImport csvImport, Competences competences, SecurityIdentity identity) {
        this.csvImport = csvImport;
        this.competences = competences;
        this.identity = identity;
    }

    @GET
    @Path("/interventions")
    @Produces(ExcelCsv.CONTENT_TYPE)
    @WithSession
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(operationId = "exportInterventionsCsv", summary = "The interventions the caller may see, as a ;-separated UTF-8 file a Danish Excel opens")
    public Uni<RestResponse<String>> export() {
        Audience audience = Audience.of(identity);
        return Intervention.<Intervention>list("status in ?1 order by department, name", List.copyOf(audience.visible()))
                .map(InterventionCsv::write).map(csv -> download(csv, "indsatskatalog.csv"));
    }

    @POST
    @Path("/interventions")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(operationId = "importInterventionsCsv", summary = "Create or update interventions from the file (UTF-8 or Windows-1252, at most 2 MB and 2,000 "
            + "rows by default), all or nothing; a bad file gets its bad cells named, the first 100 and how many more")
    public Uni<ImportReport> importFile(byte[] body) {
        return csvImport.importFile(body, identity.getPrincipal().getName());
    }

    @GET
    @Path("/competences")
    @Produces(ExcelCsv.CONTENT_TYPE)
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED, Roles.KATALOGREDAKTOER, Roles.ANALYTIKER, Roles.ADMIN})
    @Operation(summary = "The competence overview: metode;enhed;medarbejdere;kontakt")
    public Uni<RestResponse<String>> exportCompetences() {
        return competences.find(null).map(CompetenceCsv::write).map(csv -> download(csv, "kompetencer.csv"));
    }

    @POST
    @Path("/competences")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.KATALOGREDAKTOER)
    @Operation(summary = "Replace the competence overview with the file's, all or nothing")
    public Uni<CompetenceImportReport> importCompetences(byte[] body) {
        return csvImport.importCompetences(body).map(CompetenceImportReport::new);
    }

    /** @param entries how many lines the overview now has */
    public record CompetenceImportReport(int entries) {
    }

    private static RestResponse<String> download(String csv, String fileName) {
        return RestResponse.ResponseBuilder.ok(csv)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
