package dk.rodtraad.networkmeeting.course.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.networkmeeting.course.ContactFrom;
import dk.rodtraad.networkmeeting.course.StartCourseRequest;
import dk.rodtraad.chassis.web.FormTime;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.UUID;

/** The first contact as the form sends it: when, from whom, about what, who was contacted, the core team. */
@TemplateData
public class StartCourseForm {

    @RestForm public String firstContactAt;
    @RestForm public String contactFrom;
    @RestForm public String contactAbout;
    @RestForm public String contacted;
    @RestForm public List<String> coreTeam;

    StartCourseRequest request(UUID childId, FormErrors errors, String notAChoice) {
        return new StartCourseRequest(childId, FormTime.instant(firstContactAt, "firstContactAt", errors),
                FormValues.coded(ContactFrom.class, contactFrom, "contactFrom", errors, notAChoice),
                FormTime.text(contactAbout), FormTime.text(contacted), coreTeam == null ? List.of() : coreTeam);
    }

    public boolean inCoreTeam(String username) {
        return coreTeam != null && coreTeam.contains(username);
    }
}
