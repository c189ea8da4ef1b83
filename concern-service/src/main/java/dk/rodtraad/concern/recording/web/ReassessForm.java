package dk.rodtraad.concern.recording.web;

import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.recording.ConcernLevel;
import dk.rodtraad.concern.recording.ConcernView;
import dk.rodtraad.concern.recording.ReassessConcernRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/**
 * The reassessment form as the browser sends it. {@code version} is the concern's version the form was filled in
 * from, in a hidden field, so a reassessment made on a concern someone has reassessed since is refused.
 */
@TemplateData
public class ReassessForm {

    @RestForm public String level;
    @RestForm public String acute;
    @RestForm public List<String> signs;
    @RestForm public String version;

    /** The form filled in with the concern's assessment as it is now. */
    static ReassessForm of(ConcernView concern) {
        var form = new ReassessForm();
        form.level = concern.level().code();
        form.acute = String.valueOf(concern.acute());
        form.signs = concern.signs();
        form.version = String.valueOf(concern.version());
        return form;
    }

    public boolean isAcute() {
        return "true".equals(acute);
    }

    public List<String> chosenSigns() {
        return signs == null ? List.of() : signs;
    }

    ReassessConcernRequest request(FormErrors errors, String notAChoice) {
        return new ReassessConcernRequest(FormValues.coded(ConcernLevel.class, level, "level", errors, notAChoice),
                isAcute(), chosenSigns(), FormValues.version(version));
    }
}
