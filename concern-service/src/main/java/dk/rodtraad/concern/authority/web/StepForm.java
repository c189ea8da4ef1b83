package dk.rodtraad.concern.authority.web;

import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.authority.AssessUrgencyRequest;
import dk.rodtraad.concern.authority.DecideOutcomeRequest;
import dk.rodtraad.concern.authority.SendReceiptRequest;
import dk.rodtraad.concern.notification.Outcome;
import dk.rodtraad.concern.notification.Urgency;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

/**
 * One of the authority's steps on a notification as the browser sends it. {@code version} is the notification's
 * version the page showed, in a hidden field, so a step taken on a page someone else has since changed is refused.
 */
@TemplateData
public class StepForm {

    @RestForm public String urgency;
    @RestForm public String outcome;
    @RestForm public String version;

    AssessUrgencyRequest urgencyRequest(FormErrors errors, String notAChoice) {
        return new AssessUrgencyRequest(FormValues.coded(Urgency.class, urgency, "urgency", errors, notAChoice),
                FormValues.version(version));
    }

    SendReceiptRequest receiptRequest() {
        return new SendReceiptRequest(FormValues.version(version));
    }

    DecideOutcomeRequest outcomeRequest(FormErrors errors, String notAChoice) {
        return new DecideOutcomeRequest(FormValues.coded(Outcome.class, outcome, "outcome", errors, notAChoice),
                FormValues.version(version));
    }
}
