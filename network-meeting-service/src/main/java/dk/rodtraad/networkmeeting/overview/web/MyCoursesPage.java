package dk.rodtraad.networkmeeting.overview.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.networkmeeting.overview.CourseRecords;
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
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * Mine forløb: my open courses with what is due next, the overdue first (a first meeting past its 24 hours, an
 * agreement past its due date), and why each is mine. The list is {@link CourseRecords#mine()}'s, as the API's.
 */
@Cancellable(false)
@Path("/forloeb")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class MyCoursesPage {

    private final Template mine;
    private final CourseRecords records;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final Clock clock;
    private final People people;

    public MyCoursesPage(@Location("forloeb/mine.html") Template mine, CourseRecords records,
            SecurityIdentity identity, AppMessages msg, Clock clock, People people) {
        this.mine = mine;
        this.records = records;
        this.identity = identity;
        this.msg = msg;
        this.clock = clock;
        this.people = people;
    }

    @GET
    public Uni<TemplateInstance> show() {
        Instant now = Instant.now(clock);
        return records.mine().chain(courses -> people.names().map(names -> mine.data("user", CurrentUser.of(identity))
                .data("courses", courses.stream().map(course -> MyCourseRow.of(course, now, why(course.why()), names))
                        .toList())));
    }

    private List<String> why(Set<String> codes) {
        return codes.stream().map(code -> switch (code) {
            case "ansvarlig" -> msg.why_ansvarlig();
            case "kontaktet" -> msg.why_kontaktet();
            case "kerneteam" -> msg.why_kerneteam();
            case "aftale" -> msg.why_aftale();
            case "tovholder" -> msg.why_tovholder();
            default -> code;
        }).toList();
    }
}
