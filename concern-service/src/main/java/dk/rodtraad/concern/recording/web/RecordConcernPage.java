package dk.rodtraad.concern.recording.web;

import java.util.UUID;
import java.util.LinkedHashSet;
import java.time.Clock;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.access.Professional;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.concern.web.Choices;
import dk.rodtraad.concern.language.TaxonomyInForce;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.web.MyChildren;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.recording.ChildAge;
import dk.rodtraad.concern.recording.ChildViewMethod;
import dk.rodtraad.concern.recording.ConcernRecording;
import dk.rodtraad.concern.recording.ParentContact;
import dk.rodtraad.concern.recording.Setting;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * A professional records a concern in one form. The form is judged by the same rules as the API (Bean Validation on
 * the request, then the service's own: signs of the language in force, the tovholder rule); when anything is wrong
 * nothing is stored and the form comes back with each message beside its field and in a summary at the top. A
 * stored concern leads on to the child's page (post/redirect/get).
 */
@Cancellable(false)
@Path("/bekymringer/ny")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FAGPERSON)
public class RecordConcernPage {

    private final Template form;
    private final Template tovholderField;
    private final ConcernRecording recording;
    private final MyChildren myChildren;
    private final TaxonomyInForce language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final ChildAccess access;
    private final People people;
    private final Clock clock;
    private final ChildAge age;

    public RecordConcernPage(@Location("bekymringer/ny.html") Template form,
            @Location("bekymringer/tovholder.html") Template tovholderField, ConcernRecording recording,
            MyChildren myChildren, TaxonomyInForce language, Validator validator, SecurityIdentity identity, AppMessages msg,
            ChildAccess access, People people, Clock clock, ChildAge age) {
        this.age = age;
        this.access = access;
        this.people = people;
        this.clock = clock;
        this.form = form;
        this.tovholderField = tovholderField;
        this.recording = recording;
        this.myChildren = myChildren;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param barn the id of one of the professional's children to record about, from the child's page */
    @GET
    public Uni<RestResponse<TemplateInstance>> form(@RestQuery String barn) {
        var blank = ConcernForm.blank(barn, DanishDates.today(clock), CurrentUser.of(identity).displayName());
        return show(blank, new FormErrors(), RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> record(@BeanParam ConcernForm sent) {
        var errors = new FormErrors();
        return Submission.submit(validator, errors, sent.request(errors, msg.not_a_date(), msg.not_a_choice()),
                request -> Submission.key(sent.sending).chain(key -> recording.record(request, key))
                        .map(concern -> URI.create("/boern/" + concern.childId() + "?besked=registreret")),
                null, (problems, conflict, status) -> {
                    sent.sending = problems.keyToSendAgain(sent.sending);
                    return show(sent, problems, status);
                });
    }

    /** htmx asks for the tovholder field when a child is picked: it appears when that child's case will need one. */
    @GET
    @Path("/tovholder")
    public Uni<TemplateInstance> tovholderField(@RestQuery String childId) {
        var picked = new ConcernForm();
        picked.childId = childId;
        return Panache.withSession(() -> myChildren.of(me()).chain(children -> needsTovholder(picked, children, new FormErrors()))
                .chain(needed -> tovholders(picked).map(choices -> tovholderField.data("form", picked)
                        .data("errors", new FormErrors()).data("showTovholder", needed).data("tovholders", choices))));
    }

    private Uni<RestResponse<TemplateInstance>> show(ConcernForm sent, FormErrors errors, RestResponse.Status status) {
        var labels = FieldLabels.of(msg);
        return Panache.withSession(() -> myChildren.of(me()).chain(children -> language.published()
                .chain(inForce -> needsTovholder(sent, children, errors).chain(needed -> tovholders(sent)
                        .map(choices -> RestResponse.status(status, form
                        .data("user", CurrentUser.of(identity))
                        .data("form", sent)
                        .data("errors", errors)
                        .data("summary", errors.summary(labels))
                        .data("labels", labels)
                        .data("children", Choices.children(children, sent.childId))
                        .data("languageMissing", inForce.isEmpty())
                        .data("signGroups", inForce.map(l -> SignGroup.of(l, sent.chosenSigns())).orElse(List.of()))
                        .data("levels", inForce.map(l -> Choices.levels(l, sent.level)).orElse(List.of()))
                        .data("acuteGuidance", inForce.map(l -> l.acute().guidance()).orElse(""))
                        .data("settings", Option.of(Setting.class, sent.setting))
                        .data("contacts", Option.of(ParentContact.class, sent.parentsHow))
                        .data("methods", Option.of(ChildViewMethod.class, sent.childViewMethod))
                        .data("ageReasons", ageReasons(sent))
                        .data("showTovholder", needed)
                        .data("tovholders", choices)))))));
    }

    /**
     * Whom the professional may name tovholder, by name and discipline: themselves and the picked child's case team
     * (a child given by CPR number has no team known to the form yet, so only themselves).
     */
    /** The municipality's reasons to act for someone 18 or older (efterværn, ...), the one sent chosen. */
    private List<Option> ageReasons(ConcernForm sent) {
        return age.labels().entrySet().stream()
                .map(reason -> new Option(reason.getKey(), reason.getValue(), reason.getKey().equals(sent.ageReason)))
                .toList();
    }

    private Uni<List<Option>> tovholders(ConcernForm sent) {
        Uni<List<Professional>> team = idOf(sent.childId).map(access::involvedWith)
                .orElseGet(() -> Uni.createFrom().item(List.of()));
        return team.chain(members -> people.names().map(names -> {
            var usernames = new LinkedHashSet<String>();
            usernames.add(me());
            members.forEach(member -> usernames.add(member.username()));
            return Option.of(usernames, username -> username, names::of, sent.tovholder);
        }));
    }

    /**
     * The tovholder field shows when it was filled in or asked for, or when the picked child's case will need one;
     * for a child given by CPR number the service asks on the first try, and the field appears with its message.
     */
    private Uni<Boolean> needsTovholder(ConcernForm sent, List<Child> children, FormErrors errors) {
        if (errors.has("tovholder") || (sent.tovholder != null && !sent.tovholder.isBlank())) {
            return Uni.createFrom().item(true);
        }
        return children.stream().filter(child -> child.id.toString().equals(sent.childId)).findFirst()
                .map(child -> myChildren.needsTovholder(child.id, discipline()))
                .orElse(Uni.createFrom().item(false));
    }

    private static Optional<UUID> idOf(String childId) {
        try {
            return childId == null || childId.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(childId.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<String> discipline() {
        return identity.getPrincipal() instanceof JsonWebToken token
                ? Optional.ofNullable(token.<String>getClaim("profession")) : Optional.empty();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

}
