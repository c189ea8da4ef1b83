package dk.rodtraad.concern.child.web;

import dk.rodtraad.chassis.web.FormValues;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.access.AddMemberRequest;
import dk.rodtraad.concern.access.AskToJoinRequest;
import dk.rodtraad.concern.access.Basis;
import dk.rodtraad.concern.access.DecideRequest;
import dk.rodtraad.concern.coordination.HandOverRequest;
import dk.rodtraad.concern.coordination.NameTovholderRequest;
import io.quarkus.qute.TemplateData;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The child page's forms about the case team, as the browser sends them: naming the tovholder, handing the task over,
 * adding a colleague picked from the search (by name and discipline; never a typed username) on a basis, asking to
 * join. {@code version} is the coordination's version the page showed.
 */
@TemplateData
public class TeamForm {

    @RestForm public String tovholder;
    @RestForm public String to;
    @RestForm public String username;
    @RestForm public String version;
    /** The picker's search: words of the colleague's name, and a discipline. */
    @RestForm public String q;
    @RestForm public String discipline;
    @RestForm public String basis;
    @RestForm public String consentGivenOn;
    @RestForm public String consentGivenTo;
    @RestForm public String consentScope;
    @RestForm public String message;

    NameTovholderRequest nameRequest() {
        return new NameTovholderRequest(text(tovholder), FormValues.version(version));
    }

    HandOverRequest handOverRequest() {
        return new HandOverRequest(text(to), FormValues.version(version));
    }

    AddMemberRequest addRequest() {
        return new AddMemberRequest(text(username), basis(), text(tovholder));
    }

    DecideRequest decideRequest() {
        return new DecideRequest(text(tovholder));
    }

    AskToJoinRequest askRequest() {
        return new AskToJoinRequest(basis(), text(message));
    }

    /**
     * The API's complaints under the names of this page's fields: the basis's parts are the forms' flat fields, and a
     * tovholder named on accepting a request is that request's own field ({@link RequestCard#tovholderField}).
     *
     * @param tovholderField the form field a complaint about {@code tovholder} belongs to
     */
    static FormErrors onFields(FormErrors api, String tovholderField) {
        var errors = new FormErrors();
        api.byField().forEach((field, message) -> errors.add(switch (field) {
            case "basisCode" -> "basis";
            case "basisConsentGivenOn" -> "consentGivenOn";
            case "basisConsentGivenTo" -> "consentGivenTo";
            case "basisConsentScope" -> "consentScope";
            case "tovholder" -> tovholderField;
            default -> field;
        }, message));
        return errors;
    }

    public boolean consent() {
        return Basis.SAMTYKKE.equals(basis);
    }

    private Basis basis() {
        boolean consent = consent();
        return new Basis(text(basis), consent ? date(consentGivenOn) : null, consent ? text(consentGivenTo) : null,
                consent ? text(consentScope) : null);
    }

    /** A date the browser's date field sent; an unreadable one counts as missing, and the API says so. */
    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
