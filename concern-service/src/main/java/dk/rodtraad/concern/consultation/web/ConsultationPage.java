package dk.rodtraad.concern.consultation.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.Choices;
import dk.rodtraad.chassis.problem.NotFound;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.concern.web.MyChildren;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.concern.web.PageIds;
import dk.rodtraad.chassis.web.Submission;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.consultation.ConsultationView;
import dk.rodtraad.concern.consultation.Consultations;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * One consultation with its history, and a form to add a note. Its opener, who alone knows which child it is about,
 * also gets a form to link it to the child; once linked the page names the child, and only those involved with the
 * child find it (the service's rule), so no one else learns which child it was. Each form is judged by the API's
 * rules and leads back to the page (post/redirect/get); a link on a version changed since is refused with why.
 */
@Cancellable(false)
@Path("/sparring/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FAGPERSON, Roles.MYNDIGHED})
public class ConsultationPage {

    private static final String NOT_FOUND = "Sparringen findes ikke";

    private final Template page;
    private final Consultations consultations;
    private final MyChildren myChildren;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public ConsultationPage(@Location("sparring/sparring.html") Template page, Consultations consultations,
            MyChildren myChildren, Validator validator, SecurityIdentity identity, AppMessages msg, People people) {
        this.people = people;
        this.page = page;
        this.consultations = consultations;
        this.myChildren = myChildren;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
    }

    /** @param besked what was just done, to confirm it: oprettet, noteret or knyttet */
    @GET
    public Uni<RestResponse<TemplateInstance>> show(@RestPath String id, @RestQuery String besked) {
        String notice = msg.consultation_notice(besked == null ? "" : besked);
        return render(PageIds.parse(id, NOT_FOUND), new ConsultationPageForm(), new FormErrors(), null,
                notice.isBlank() ? null : notice, RestResponse.Status.OK);
    }

    @POST
    @Path("/noter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<RestResponse<TemplateInstance>> addNote(@RestPath String id, @BeanParam ConsultationPageForm sent) {
        UUID consultation = PageIds.parse(id, NOT_FOUND);
        return change(consultation, sent, new FormErrors(), sent.noteRequest(),
                request -> Submission.key(sent.sending).chain(key -> consultations.addNote(consultation, request, key)),
                "noteret");
    }

    @POST
    @Path("/barn")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.FAGPERSON)
    public Uni<RestResponse<TemplateInstance>> link(@RestPath String id, @BeanParam ConsultationPageForm sent) {
        UUID consultation = PageIds.parse(id, NOT_FOUND);
        var errors = new FormErrors();
        return change(consultation, sent, errors, sent.linkRequest(errors, msg.not_a_choice()),
                request -> consultations.link(consultation, request), "knyttet");
    }

    private <R> Uni<RestResponse<TemplateInstance>> change(UUID id, ConsultationPageForm sent, FormErrors errors,
            R request, Function<R, Uni<ConsultationView>> change, String done) {
        return Submission.submit(validator, errors, request, r -> change.apply(r)
                        .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                        .map(changed -> URI.create("/sparring/" + id + "?besked=" + done)),
                msg.stale_consultation(), (problems, conflict, status) -> {
                    sent.sending = problems.keyToSendAgain(sent.sending);
                    return render(id, sent, problems, conflict, null, status);
                });
    }

    /** @param conflict why a change was refused, or null */
    private Uni<RestResponse<TemplateInstance>> render(UUID id, ConsultationPageForm sent, FormErrors errors,
            String conflict, String notice, RestResponse.Status status) {
        String me = identity.getPrincipal().getName();
        var labels = labels();
        return Panache.withSession(() -> consultations.find(id)
                .onItem().ifNull().failWith(() -> new NotFound(NOT_FOUND))
                .chain(view -> people.names().chain(names -> linkedChild(view).chain(child -> linkable(view, me, sent)
                        .map(children -> RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                                .data("c", ConsultationCard.of(view, me, msg, names))
                                .data("child", child)
                                .data("notice", notice)
                                .data("conflict", conflict)
                                .data("form", sent)
                                .data("errors", errors)
                                .data("summary", errors.summary(labels))
                                .data("labels", labels)
                                .data("children", children)))))));
    }

    /** The child the consultation is linked to, or null while it is anonymous. */
    private static Uni<Child> linkedChild(ConsultationView view) {
        return view.childId() == null ? Uni.createFrom().nullItem() : Child.findById(view.childId());
    }

    /** The opener's own children to link an anonymous consultation to; none for anyone else or once linked. */
    private Uni<List<Option>> linkable(ConsultationView view, String me, ConsultationPageForm sent) {
        if (view.childId() != null || !view.openedBy().equals(me)) {
            return Uni.createFrom().item(List.of());
        }
        return myChildren.of(me).map(children -> Choices.children(children, sent.childId));
    }

    private SequencedMap<String, String> labels() {
        var labels = new LinkedHashMap<String, String>();
        labels.put("text", msg.field_text());
        labels.put("childId", msg.field_childId());
        labels.put("childCpr", msg.field_childCpr());
        labels.put("childName", msg.field_childName());
        labels.put("version", "");
        return labels;
    }

}
