package dk.rodtraad.networkmeeting.overview;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Reading courses: my courses with what is due next, and one course in full with its meetings. */
@Cancellable(false)
@Path("/api/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseRecordResource {

    private final CourseRecords records;

    public CourseRecordResource(CourseRecords records) {
        this.records = records;
    }

    @GET
    @RolesAllowed(Roles.FAGPERSON)
    @Operation(operationId = "listMyCourses", summary = "My open courses with what is due next (Mine forløb): overdue first meetings and agreements first")
    public Uni<List<MyCourse>> mine() {
        return records.mine();
    }

    @GET
    @Path("/{courseId}")
    @RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
    @Operation(operationId = "getCourse", summary = "One course in full: first contact, responsibility, core team, network, its meetings in order "
            + "with their records, open questions and agreements")
    public Uni<CourseRecord> find(@PathParam("courseId") String courseId) {
        return records.find(InvalidInputException.parseUuid("courseId", courseId));
    }
}
