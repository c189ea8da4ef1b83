package dk.rodtraad.networkmeeting;

import dk.rodtraad.chassis.api.CodeListSchemas;
import dk.rodtraad.chassis.codes.Coded;
import dk.rodtraad.networkmeeting.agreement.AgreementStatus;
import dk.rodtraad.networkmeeting.agreement.FollowUpOutcome;
import dk.rodtraad.networkmeeting.course.ContactFrom;
import dk.rodtraad.networkmeeting.course.CourseStatus;
import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import dk.rodtraad.networkmeeting.meeting.ChildVoiceMethod;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import dk.rodtraad.networkmeeting.meeting.MeetingStatus;
import dk.rodtraad.networkmeeting.network.NetworkKind;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

import java.util.List;

/** Network-meeting-service's code lists in its OpenAPI documents by their codes (chassis {@link CodeListSchemas}). */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CodeListsInOpenApi extends CodeListSchemas implements OASFilter {

    /** Every enum that implements {@link Coded}; a new code list belongs here too. */
    static final List<Class<? extends Coded>> CODE_LISTS = List.of(AgreementStatus.class, FollowUpOutcome.class,
            NetworkKind.class, MeetingPlace.class, ChildVoiceMethod.class, MeetingStatus.class, MeetingRole.class,
            ContactFrom.class, FirstMeetingClock.State.class, CourseStatus.class);

    public CodeListsInOpenApi() {
        super(CODE_LISTS);
    }
}
