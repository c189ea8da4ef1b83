package dk.rodtraad.networkmeeting.course;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A course of network meetings (forløb): started at the first contact about a child, its responsibility handed over,
 * its core team changed, closed. Reading it, with its meetings: {@code overview.CourseRecordResource}.
 */
@Cancellable(false)
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class CourseResource {

    private final Courses courses;

    public CourseResource(Courses courses) {
        this.courses = courses;
    }

    @POST
    @Operation(summary = "Start a course at the first contact about a child (Hurtig hjælp: the first meeting within 24 hours)")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<CourseView>> start(@NotNull(message = "Send forløbet som JSON") @Valid StartCourseRequest request) {
        return courses.start(request).map(started -> RestResponse.ResponseBuilder
                .<CourseView>created(URI.create("/api/courses/" + started.id())).entity(started).build());
    }

    @POST
    @Path("/{courseId}/responsibility")
    @Operation(operationId = "handOverResponsibility", summary = "The professional who carries the responsibility (ansvar) hands it over to another on the case team")
    public Uni<CourseView> handOver(@PathParam("courseId") String courseId,
            @NotNull(message = "Send overdragelsen som JSON") @Valid HandOverResponsibilityRequest request) {
        return courses.handOver(InvalidInputException.parseUuid("courseId", courseId), request);
    }

    @POST
    @Path("/{courseId}/core-team")
    @Operation(operationId = "changeCoreTeam", summary = "Change the core team (kerneteam): who joins, who leaves, and why")
    public Uni<CourseView> changeCoreTeam(@PathParam("courseId") String courseId,
            @NotNull(message = "Send ændringen som JSON") @Valid ChangeCoreTeamRequest request) {
        return courses.changeCoreTeam(InvalidInputException.parseUuid("courseId", courseId), request);
    }

    @POST
    @Path("/{courseId}/closing")
    @Operation(summary = "Close the course (its planned meetings held or cancelled first)")
    public Uni<CourseView> close(@PathParam("courseId") String courseId,
            @NotNull(message = "Send lukningen som JSON") @Valid CloseCourseRequest request) {
        return courses.close(InvalidInputException.parseUuid("courseId", courseId), request);
    }
}
