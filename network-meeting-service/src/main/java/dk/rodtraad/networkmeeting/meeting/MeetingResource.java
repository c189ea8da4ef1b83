package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.api.ApiDocument;
import dk.rodtraad.chassis.idempotency.IdempotencyKey;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.Cancellable;

/** A course's meetings: planned, moved, cancelled, and recorded once held. */
@Cancellable(false)
@Path("/api/courses/{courseId}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.FAGPERSON)
public class MeetingResource {

    private final Meetings meetings;
    private final MeetingRecords records;

    public MeetingResource(Meetings meetings, MeetingRecords records) {
        this.meetings = meetings;
        this.records = records;
    }

    @POST
    @Operation(summary = "Plan a meeting at a time and place the family can make; the core team is always invited")
    @Extension(name = ApiDocument.CREATES, value = "true")
    public Uni<RestResponse<MeetingView>> schedule(@PathParam("courseId") String courseId,
            @NotNull(message = "Send mødet som JSON") @Valid ScheduleMeetingRequest request,
            @Parameter(description = IdempotencyKey.DESCRIPTION) @HeaderParam(IdempotencyKey.HEADER) String key) {
        return meetings.schedule(course(courseId), request, IdempotencyKey.parse(IdempotencyKey.HEADER, key)).map(planned -> RestResponse.ResponseBuilder
                .<MeetingView>created(URI.create("/api/courses/" + courseId + "/meetings/" + planned.id()))
                .entity(planned).build());
    }

    @POST
    @Path("/{meetingId}/move")
    @Operation(summary = "Move a planned meeting to another time or place, and say why")
    public Uni<MeetingView> move(@PathParam("courseId") String courseId, @PathParam("meetingId") String meetingId,
            @NotNull(message = "Send flytningen som JSON") @Valid MoveMeetingRequest request) {
        return meetings.move(course(courseId), meeting(meetingId), request);
    }

    @POST
    @Path("/{meetingId}/cancellation")
    @Operation(summary = "Cancel a planned meeting, and say why")
    public Uni<MeetingView> cancel(@PathParam("courseId") String courseId, @PathParam("meetingId") String meetingId,
            @NotNull(message = "Send aflysningen som JSON") @Valid CancelMeetingRequest request) {
        return meetings.cancel(course(courseId), meeting(meetingId), request);
    }

    @POST
    @Path("/{meetingId}/record")
    @Operation(summary = "Record a held meeting: who came, each perspective, the child's voice, open questions, "
            + "agreements and the follow-up of earlier ones, in one transaction")
    public Uni<MeetingView> record(@PathParam("courseId") String courseId, @PathParam("meetingId") String meetingId,
            @NotNull(message = "Send referatet som JSON") @Valid RecordMeetingRequest request) {
        return records.record(course(courseId), meeting(meetingId), request);
    }

    private static UUID course(String courseId) {
        return InvalidInputException.parseUuid("courseId", courseId);
    }

    private static UUID meeting(String meetingId) {
        return InvalidInputException.parseUuid("meetingId", meetingId);
    }
}
