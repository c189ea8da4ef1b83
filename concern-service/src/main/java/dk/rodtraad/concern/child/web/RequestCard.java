package dk.rodtraad.concern.child.web;

import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.access.JoinRequestView;
import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * A request to join the case team, as those who decide see it. When the requester's own concerns would make the case
 * cross-disciplinary and it has no tovholder, accepting names one: {@code tovholders} are the members and the
 * requester, and {@code error} is what was wrong with the last try.
 */
@TemplateData
public record RequestCard(String id, String name, String discipline, String basis, String message,
        boolean needsTovholder, List<Option> tovholders, String error) {

    static RequestCard of(JoinRequestView request, boolean needsTovholder, List<Option> tovholders, String error) {
        return new RequestCard(request.id().toString(), request.name(), Labels.profession(request.discipline()),
                BasisText.of(request.basisLabel(), request.consentGivenOn(), request.consentGivenTo(),
                        request.consentScope()),
                request.message(), needsTovholder, tovholders, error);
    }

    /** The form field of the tovholder picked on accepting this request: one per request, so ids stay unique. */
    static String tovholderField(Object requestId) {
        return "tovholder-" + requestId;
    }
}
