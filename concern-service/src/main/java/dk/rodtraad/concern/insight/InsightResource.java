package dk.rodtraad.concern.insight;

import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The citizen's report (borgerens indsigt): every look-up of a child's data across the four services, for the
 * authority and data protection. The CPR number comes in the body, never in a URL (URLs end up in logs).
 */
@Cancellable(false)
@Path("/insight/reports")
@RolesAllowed({Roles.MYNDIGHED, Roles.DATABESKYTTELSE})
@Consumes(MediaType.APPLICATION_JSON)
public class InsightResource {

    public static final String PDF = "application/pdf";

    private final CitizensReports reports;

    public InsightResource(CitizensReports reports) {
        this.reports = reports;
    }

    /**
     * JSON unless the client asks for a PDF ({@code Accept: application/pdf}): a client that accepts anything
     * ({@code *}{@code /*}) gets JSON.
     */
    @POST
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @Operation(operationId = "reportLookUps", summary = "Every look-up of a child's data, oldest first, in Danish (JSON; with Accept: application/pdf a PDF);"
            + " a malformed CPR number is a 400 on cpr")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CitizensReport.class)),
            @Content(mediaType = PDF)})
    @APIResponse(responseCode = "400", description = "A malformed CPR number (field cpr)")
    @APIResponse(responseCode = "403", description = "Neither myndighed nor databeskyttelse")
    public Uni<Response> report(ReportRequest request, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean pdf = accept != null && accept.contains(PDF);
        return reports.report(request).map(report -> pdf ? pdf(report)
                : Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build());
    }

    /**
     * The report as a PDF download. A plain {@link Response}, so the writer is chosen by the entity's class (a
     * {@code byte[]}) whatever the method declares.
     */
    public static Response pdf(CitizensReport report) {
        return Response.ok(ReportPdf.of(report), PDF)
                .header("Content-Disposition", "attachment; filename=\"indsigt.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
