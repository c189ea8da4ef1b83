package dk.rodtraad.catalogue.duplicate.web;

import dk.rodtraad.catalogue.duplicate.Decide;
import dk.rodtraad.catalogue.duplicate.DuplicateDecision;
import dk.rodtraad.catalogue.duplicate.DuplicateReview;
import dk.rodtraad.catalogue.duplicate.Duplicates;
import dk.rodtraad.catalogue.duplicate.LookAlikePair;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.catalogue.language.SharedLanguage;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.FormValues;
import dk.rodtraad.catalogue.web.SaveFailures;
import dk.rodtraad.chassis.directory.People;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.security.CurrentUser;
import dk.rodtraad.chassis.security.Roles;
import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.chassis.web.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.Cancellable;

/**
 * The duplicate review (dobbeltindsatser): the katalogredaktør sees each open pair of look-alike interventions side
 * by side, with why they look alike, and marks it coordinated, merged or distinct; decided pairs follow below, each
 * with a form to change its verdict.
 */
@Cancellable(false)
@Path(DuplicatePage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.KATALOGREDAKTOER)
public class DuplicatePage {

    static final String PATH = "/katalog/dobbeltindsatser";

    private final Template page;
    private final Duplicates duplicates;
    private final SharedLanguage language;
    private final Validator validator;
    private final SecurityIdentity identity;
    private final AppMessages msg;
    private final People people;

    public DuplicatePage(@Location("katalog/dobbeltindsatser.html") Template page, Duplicates duplicates, SharedLanguage language, Validator validator, SecurityIdentity identity,
            AppMessages msg, People people) {
        this.page = page;
        this.duplicates = duplicates;
        this.language = language;
        this.validator = validator;
        this.identity = identity;
        this.msg = msg;
        this.people = people;
    }

    @GET
    @WithSession
    public Uni<RestResponse<TemplateInstance>> review(@RestQuery String besked, @RestQuery String soeg,
            @RestQuery String side) {
        return render(Search.of(soeg), Page.number(side), null, null,
                "afgjort".equals(besked) ? msg.duplicate_saved() : null, RestResponse.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @WithSession
    public Uni<RestResponse<TemplateInstance>> decide(@RestForm String firstId, @RestForm String secondId,
            @RestForm String decision, @RestForm String kept, @RestForm String note, @RestForm String soeg,
            @RestForm String side) {
        var search = Search.of(soeg);
        int number = Page.number(side);
        var errors = new FormErrors();
        UUID first = uuid(firstId), second = uuid(secondId);
        var sent = new PairView.PairForm(blank(decision), blank(kept), blank(note), errors, null);
        if (first == null || second == null) {
            return render(search, number, null, null, null, RestResponse.Status.BAD_REQUEST,
                    msg.duplicate_unknown_pair());
        }
        DuplicateDecision verdict = FormValues.coded(DuplicateDecision.class, decision, "decision", errors);
        if (decision == null || decision.isBlank()) {
            errors.add("decision", msg.duplicate_decision_missing());
        }
        UUID keptId = kept == null || kept.isBlank() ? null : uuid(kept);
        var request = new Decide(first, second, verdict, sent.note().isEmpty() ? null : sent.note(), keptId);
        errors.addViolations(validator.validate(request));
        String pair = pairKey(first, second);
        if (!errors.isEmpty()) {
            return render(search, number, pair, sent, null, RestResponse.Status.BAD_REQUEST);
        }
        return duplicates.decide(request, identity.getPrincipal().getName())
                .map(decided -> RestResponse.<TemplateInstance>seeOther(URI.create(
                        Page.link(PATH, "besked", "afgjort", "soeg", search.text(), Page.PARAM, pageParam(number)))))
                .onFailure(InvalidInputException.class).recoverWithUni(e -> {
                    errors.addAll(((InvalidInputException) e).errors());
                    return render(search, number, pair, sent, null, RestResponse.Status.BAD_REQUEST);
                })
                .onFailure(SaveFailures::refusedByState).recoverWithUni(e ->
                        render(search, number, pair, withAlert(sent, e.getMessage()), null,
                                RestResponse.Status.CONFLICT))
                .onFailure(SaveFailures::stale).recoverWithUni(e ->
                        render(search, number, pair, withAlert(sent, msg.stale()), null,
                                RestResponse.Status.CONFLICT));
    }

    private Uni<RestResponse<TemplateInstance>> render(Search search, int number, String sentPair,
            PairView.PairForm sent, String notice, RestResponse.Status status) {
        return render(search, number, sentPair, sent, notice, status, null);
    }

    /**
     * @param search   which pairs to show: those where either intervention matches
     * @param number   which page of them; the sent pair's page when there is one
     * @param sentPair the pair the form was sent for, shown again as sent; null when none was
     * @param alert    a problem with the request as a whole
     */
    private Uni<RestResponse<TemplateInstance>> render(Search search, int number, String sentPair,
            PairView.PairForm sent, String notice, RestResponse.Status status, String alert) {
        return duplicates.pairs(false).chain(pairs -> DuplicateReview.<DuplicateReview>listAll()
                .chain(reviews -> {
                    Set<String> listed = pairs.stream().map(p -> pairKey(p.first().id(), p.second().id())).collect(Collectors.toSet());
                    var unlisted = reviews.stream().filter(r -> !listed.contains(pairKey(r.firstId, r.secondId))).toList();
                    Set<UUID> ids = new HashSet<>();
                    pairs.forEach(p -> { ids.add(p.first().id()); ids.add(p.second().id()); });
                    unlisted.forEach(r -> { ids.add(r.firstId); ids.add(r.secondId); });
                    Uni<List<Intervention>> found = ids.isEmpty() ? Uni.createFrom().item(List.of())
                            : Intervention.list("id in ?1", List.copyOf(ids));
                    return found.chain(list -> language.currentSigns().chain(signs -> people.names().map(names -> {
                        Map<UUID, Intervention> byId = list.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
                        var open = new ArrayList<PairView>();
                        var decided = new ArrayList<PairView>();
                        for (LookAlikePair p : pairs) {
                            var view = PairView.of(open.size() + decided.size(), p.reason(), byId.get(p.first().id()),
                                    byId.get(p.second().id()), p.decision(), p.kept(), p.note(),
                                    names.of(p.decidedBy()), p.decidedAt(), signs, formFor(pairKey(p.first().id(),
                                            p.second().id()), sentPair, sent, p.decision(), p.kept(), p.note()));
                            (p.open() ? open : decided).add(view);
                        }
                        // The live list leaves out retired interventions, but a verdict that retired one stays in view
                        for (DuplicateReview r : unlisted) {
                            Intervention first = byId.get(r.firstId), second = byId.get(r.secondId);
                            if (first.status == InterventionStatus.RETIRED || second.status == InterventionStatus.RETIRED) {
                                decided.add(PairView.of(open.size() + decided.size(), "", first, second, r.decision, r.keptId,
                                        r.note, names.of(r.decidedBy), r.decidedAt, signs, formFor(pairKey(r.firstId,
                                                r.secondId), sentPair, sent, r.decision, r.keptId, r.note)));
                            }
                        }
                        var review = ReviewPage.of(search.keep(open), search.keep(decided), number,
                                view -> pairKey(view.first().id(), view.second().id()).equals(sentPair),
                                Page.link(PATH, "soeg", search.text()));
                        return RestResponse.status(status, page.data("user", CurrentUser.of(identity))
                                .data("review", review)
                                .data("search", search.text()).data("notice", notice).data("alert", alert)
                                .data("decisions", Option.of(DuplicateDecision.class, null)));
                    })));
                }));
    }

    /**
     * The form as sent for the pair it was sent for; a decided pair's form starts from its verdict, the kept one
     * included, to be changed.
     */
    private static PairView.PairForm formFor(String pair, String sentPair, PairView.PairForm sent,
            DuplicateDecision decision, UUID kept, String note) {
        if (pair.equals(sentPair)) {
            return sent;
        }
        return decision == null ? PairView.PairForm.empty()
                : new PairView.PairForm(decision.code(), kept == null ? "" : kept.toString(), note == null ? "" : note,
                        new FormErrors(), null);
    }

    /** A page to name in an address: none for the first, which an address without one shows. */
    private static String pageParam(int number) {
        return number > 1 ? String.valueOf(number) : null;
    }

    /** The same for both orders of the two, as the form may send them either way. */
    private static String pairKey(UUID a, UUID b) {
        String x = a.toString(), y = b.toString();
        return x.compareTo(y) <= 0 ? x + "/" + y : y + "/" + x;
    }

    private static PairView.PairForm withAlert(PairView.PairForm sent, String alert) {
        return new PairView.PairForm(sent.decision(), sent.kept(), sent.note(), sent.errors(), alert);
    }

    private static UUID uuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
