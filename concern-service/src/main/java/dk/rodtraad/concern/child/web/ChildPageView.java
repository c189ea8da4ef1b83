package dk.rodtraad.concern.child.web;

import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.concern.web.ContactCard;
import dk.rodtraad.concern.consultation.web.ConsultationCard;
import dk.rodtraad.concern.language.TaxonomyInForce;
import dk.rodtraad.concern.recording.web.ConcernCard;
import dk.rodtraad.concern.web.AppMessages;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.concern.web.Labels;
import dk.rodtraad.concern.web.MyChildren;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.chassis.timeline.TimelineEntry;
import dk.rodtraad.chassis.timeline.web.TimelineRows;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.concern.access.Basis;
import dk.rodtraad.concern.access.CaseTeam;
import dk.rodtraad.concern.access.ChildAccess;
import dk.rodtraad.chassis.directory.Colleague;
import dk.rodtraad.chassis.directory.Colleagues;
import dk.rodtraad.concern.access.JoinRequestView;
import dk.rodtraad.concern.access.TeamMemberView;
import dk.rodtraad.concern.child.Child;
import dk.rodtraad.concern.consultation.Consultation;
import dk.rodtraad.concern.consultation.Consultations;
import dk.rodtraad.concern.coordination.CaseCoordinations;
import dk.rodtraad.concern.coordination.CoordinationView;
import dk.rodtraad.concern.recording.ChildAge;
import dk.rodtraad.concern.recording.Concern;
import dk.rodtraad.concern.recording.ConcernRecording;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.qute.Location;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A child's page: who the child is, its concerns with their assessments, the tovholder and the case's coordination
 * with the forms to name or hand over the tovholder and to involve a colleague, and the child's timeline from this
 * service's replica in words, in the one order of every page and the API (oldest first). The professionals involved with the child see all of it, the full CPR number too;
 * the authority notified of the child sees it without the forms, as it has the case but is not on the case team. A
 * professional outside the team with records of their own about the child sees those, whom to contact on the team,
 * and the form to ask to join it; to anyone else the child does not exist. Every part read is audit-logged by the service that owns it, the page itself
 * and the timeline here.
 */
@ApplicationScoped
public class ChildPageView {

    private final Template page;
    private final Template outsidePage;
    private final Consultations consultations;
    private final ChildAccess access;
    private final ConcernRecording recording;
    private final CaseCoordinations coordinations;
    private final MyChildren myChildren;
    private final TaxonomyInForce language;
    private final AuditLog auditLog;
    private final TimelineRows timeline;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final CaseTeam caseTeam;
    private final Colleagues colleagues;
    private final People people;
    private final ChildAge age;
    /** Where network-meeting-service's pages are: a course of network meetings starts there, from this page. */
    private final String networkMeeting;
    /** Where followup-service's pages are: an intervention plan starts there, from this page. */
    private final String followup;

    ChildPageView(@Location("bekymringer/barn.html") Template page,
            @Location("bekymringer/barn-udenfor.html") Template outsidePage, ChildAccess access,
            ConcernRecording recording, Consultations consultations, CaseCoordinations coordinations,
            MyChildren myChildren, TaxonomyInForce language, AuditLog auditLog, TimelineRows timeline,
            SecurityIdentity identity, AppMessages msg, CaseTeam caseTeam, Colleagues colleagues, People people, ChildAge age,
            @ConfigProperty(name = "rodtraad.links.network-meeting") String networkMeeting,
            @ConfigProperty(name = "rodtraad.links.followup") String followup) {
        this.people = people;
        this.age = age;
        this.networkMeeting = networkMeeting;
        this.followup = followup;
        this.outsidePage = outsidePage;
        this.consultations = consultations;
        this.caseTeam = caseTeam;
        this.colleagues = colleagues;
        this.page = page;
        this.access = access;
        this.recording = recording;
        this.coordinations = coordinations;
        this.myChildren = myChildren;
        this.language = language;
        this.auditLog = auditLog;
        this.timeline = timeline;
        this.identity = identity;
        this.msg = msg;
    }

    /**
     * @param notice   what was just done, to confirm it, or null
     * @param sent     what the case team's forms hold
     * @param errors   what is wrong with what one of them sent, under the forms' field names
     * @param conflict why a change was refused, or null
     */
    Uni<TemplateInstance> render(UUID childId, String notice, TeamForm sent, FormErrors errors, String conflict) {
        String me = identity.getPrincipal().getName();
        return Panache.withTransaction(() -> access.maySee(childId).chain(maySee -> maySee
                        ? Uni.createFrom().item(true)
                        : access.hasOwnRecords(childId, me).chain(own -> own ? Uni.createFrom().item(false)
                                : access.refuse(childId, "child", 404))))
                .chain(full -> full ? whole(childId, notice, sent, errors, conflict)
                        : outside(childId, notice, sent, errors, conflict));
    }

    /** The case team's page, and the authority's read-only one: the child, its concerns, the team, the timeline. */
    private Uni<TemplateInstance> whole(UUID childId, String notice, TeamForm sent, FormErrors errors,
            String conflict) {
        return people.names().chain(named -> Panache.withTransaction(() -> access.isMember(childId,
                        identity.getPrincipal().getName())
                .chain(involved -> Child.<Child>findById(childId)
                        .call(() -> auditLog.read(childId, "child", "Barnets side vist"))
                        .chain(child -> language.published().map(inForce -> new Labels(inForce, age.labels())).chain(names -> myChildren
                                .concernIdsOf(childId)
                                .onItem().transformToMulti(ids -> Multi.createFrom().iterable(ids))
                                .onItem().transformToUniAndConcatenate(recording::find)
                                .map(concern -> ConcernCard.of(concern, names, msg, named))
                                .collect().asList())
                                .map(concerns -> page.data("user", CurrentUser.of(identity))
                                        .data("involved", involved)
                                        .data("child", child)
                                        .data("born", DanishDates.date(child.birthDate))
                                        .data("networkMeeting", networkMeeting)
                                        .data("followup", followup)
                                        .data("notice", notice)
                                        .data("conflict", conflict)
                                        .data("concerns", concerns)
                                        .data("team", sent)
                                        .data("errors", errors)
                                        .data("summary", errors.summary(labels(errors)))
                                        .data("professions", Option.of(List.of(Profession.values()),
                                                p -> p.name().toLowerCase(Locale.ROOT), Profession::label,
                                                sent.discipline))
                                        .data("grounds", grounds(sent))))
                        .chain(instance -> team(instance, childId, involved, sent, errors)))
                .chain(instance -> coordinations.find(childId).map(view -> coordination(instance, view, sent, named)))
                .chain(instance -> auditLog.read(childId, "timeline", "Barnets tidslinje vist")
                        .chain(() -> TimelineEntry.forChild(childId))
                        .map(entries -> instance.data("timeline", timeline.of(entries))))));
    }

    /**
     * The page of a professional outside the team with records of their own about the child: those records (their
     * concerns and the consultations they linked), that the child has a case team and whom to contact, and the form
     * to ask to join it. What they may know of the team is {@link CaseTeam#summary}'s, audit-logged there.
     */
    private Uni<TemplateInstance> outside(UUID childId, String notice, TeamForm sent, FormErrors errors,
            String conflict) {
        String me = identity.getPrincipal().getName();
        return people.names().chain(named -> Panache.withTransaction(() -> caseTeam.summary(childId)
                .chain(summary -> Child.<Child>findById(childId)
                .chain(child -> language.published().map(inForce -> new Labels(inForce, age.labels())).chain(names -> Concern.<Concern>list(
                                "child.id = ?1 and recordedBy = ?2 order by recordedAt desc, id", childId, me)
                        .onItem().transformToMulti(own -> Multi.createFrom().iterable(own))
                        .onItem().transformToUniAndConcatenate(concern -> recording.find(concern.id))
                        .map(concern -> ConcernCard.of(concern, names, msg, named))
                        .collect().asList())
                        .chain(concerns -> Consultation.<Consultation>list(
                                        "childId = ?1 and linkedBy = ?2 order by openedAt desc, id", childId, me)
                                .onItem().transformToMulti(own -> Multi.createFrom().iterable(own))
                                .onItem().transformToUniAndConcatenate(consultation -> consultations.find(consultation.id))
                                .map(consultation -> ConsultationCard.of(consultation, me, msg, named))
                                .collect().asList()
                                .map(linked -> outsidePage.data("user", CurrentUser.of(identity))
                                        .data("child", child)
                                        .data("notice", notice)
                                        .data("conflict", conflict)
                                        .data("concerns", concerns)
                                        .data("consultations", linked)
                                        .data("team", summary)
                                        .data("contact", summary.contact() == null ? null
                                                : ContactCard.of(summary.contact()))
                                        .data("sent", sent)
                                        .data("errors", errors)
                                        .data("summary", errors.summary(labels(errors)))
                                        .data("grounds", grounds(sent))))))));
    }

    /**
     * The case team by name and discipline with each member's basis; for its members the requests to join (with the
     * tovholder to name on accepting, when the requester's concerns make the case need one) and, when the picker was
     * searched, the colleagues found (never a typed username).
     */
    private Uni<TemplateInstance> team(TemplateInstance instance, UUID childId, boolean member, TeamForm sent,
            FormErrors errors) {
        boolean searched = member && (sent.q != null && !sent.q.isBlank()
                || sent.discipline != null && !sent.discipline.isBlank());
        return caseTeam.members(childId).chain(members -> (member ? caseTeam.requests(childId)
                        : Uni.createFrom().item(List.<JoinRequestView>of()))
                .onItem().transformToMulti(requests -> Multi.createFrom().iterable(requests))
                .onItem().transformToUniAndConcatenate(request -> requestCard(childId, request, members, sent, errors))
                .collect().asList()
                .chain(requests -> (searched ? colleagues.search(sent.q, sent.discipline)
                        : Uni.createFrom().item(List.<Colleague>of()))
                        .map(found -> instance.data("members", members.stream().map(MemberRow::of).toList())
                                .data("requests", requests)
                                .data("searched", searched)
                                .data("found", found.stream().filter(c -> members.stream()
                                                .noneMatch(m -> m.username().equals(c.username())))
                                        .map(c -> new Option(c.username(), c.name() + " (" + Labels.profession(
                                                c.discipline()) + ")", null, c.username().equals(sent.username)))
                                        .toList()))));
    }

    /** Accepting needs a tovholder when the requester's own concerns bring a new discipline to a case without one. */
    private Uni<RequestCard> requestCard(UUID childId, JoinRequestView request, List<TeamMemberView> members,
            TeamForm sent, FormErrors errors) {
        String field = RequestCard.tovholderField(request.id());
        return access.hasOwnConcerns(childId, request.username())
                .chain(concerns -> concerns ? myChildren.needsTovholder(childId, Optional.of(request.discipline()))
                        : Uni.createFrom().item(false))
                .map(needed -> RequestCard.of(request, needed, !needed ? List.of() : Stream.concat(
                                members.stream().map(m -> new Option(m.username(), m.name() + " ("
                                        + Labels.profession(m.discipline()) + ")", null, false)),
                                Stream.of(new Option(request.username(), request.name() + " ("
                                        + Labels.profession(request.discipline()) + ")", null, false)))
                        .map(o -> errors.has(field) && o.value().equals(sent.tovholder)
                                ? new Option(o.value(), o.label(), null, true) : o)
                        .toList(), errors.get(field)));
    }

    /** The bases to pick from: the parents' consent, or a ground the municipality lists. */
    private List<Option> grounds(TeamForm sent) {
        var options = new java.util.ArrayList<Option>();
        options.add(new Option(Basis.SAMTYKKE, "Forældrenes samtykke", null, Basis.SAMTYKKE.equals(sent.basis)));
        caseTeam.grounds().forEach((code, label) -> options.add(new Option(code, label, null, code.equals(sent.basis))));
        return options;
    }

    /** The case's coordination, and whom the tovholder may be named from or handed over to: the involved. */
    private TemplateInstance coordination(TemplateInstance instance, CoordinationView view, TeamForm sent,
            People.Names names) {
        String me = identity.getPrincipal().getName();
        List<Option> candidates = view == null ? List.of() : view.involved().stream()
                .map(p -> new Option(p.username(), CoordinationCard.name(p, names), null, p.username().equals(sent.tovholder)))
                .toList();
        List<Option> successors = view == null ? List.of() : view.involved().stream()
                .filter(p -> !p.username().equals(me))
                .map(p -> new Option(p.username(), CoordinationCard.name(p, names), null, p.username().equals(sent.to)))
                .toList();
        return instance.data("coordination", view == null ? null : CoordinationCard.of(view, me, names))
                .data("candidates", candidates)
                .data("successors", successors);
    }

    private SequencedMap<String, String> labels(FormErrors errors) {
        var labels = new LinkedHashMap<String, String>();
        labels.put("tovholder", msg.field_tovholder_pick());
        labels.put("to", msg.field_handover_to());
        labels.put("username", msg.field_colleague_username());
        labels.put("basis", "Grundlag");
        labels.put("consentGivenOn", "Samtykket givet den");
        labels.put("consentGivenTo", "Samtykket givet til");
        labels.put("consentScope", "Samtykket omfatter");
        labels.put("message", "Besked til sagsteamet");
        errors.byField().keySet().stream().filter(field -> field.startsWith("tovholder-"))
                .forEach(field -> labels.put(field, msg.field_tovholder_pick()));
        labels.put("version", "");
        return labels;
    }
}
