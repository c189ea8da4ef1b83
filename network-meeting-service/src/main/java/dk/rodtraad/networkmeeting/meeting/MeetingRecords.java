package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.audit.AuditLog;
import dk.rodtraad.chassis.outbox.Outbox;
import dk.rodtraad.chassis.problem.Conflict;
import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.time.StoredTime;
import dk.rodtraad.contracts.EventType;
import dk.rodtraad.contracts.networkmeeting.AgreementFollowedUpV1;
import dk.rodtraad.contracts.networkmeeting.AgreementMadeV1;
import dk.rodtraad.contracts.networkmeeting.MeetingHeldV1;
import dk.rodtraad.networkmeeting.agreement.Agreement;
import dk.rodtraad.networkmeeting.agreement.AgreementFollowUp;
import dk.rodtraad.networkmeeting.agreement.AgreementStatus;
import dk.rodtraad.networkmeeting.agreement.FollowUp;
import dk.rodtraad.networkmeeting.agreement.FollowUpOutcome;
import dk.rodtraad.chassis.catalogue.PublishedInterventions;
import dk.rodtraad.networkmeeting.course.CoreTeamContinuity;
import dk.rodtraad.networkmeeting.course.CoreTeamMember;
import dk.rodtraad.networkmeeting.course.Course;
import dk.rodtraad.networkmeeting.course.CourseAccess;
import dk.rodtraad.networkmeeting.course.Rows;
import dk.rodtraad.networkmeeting.meeting.RecordMeetingRequest.AgreementRequest;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records a held meeting in one request and one transaction (Dialogisme, Tolerance for usikkerhed, Systematisk
 * opfølgning): who was there, each perspective in its own words, the child's voice, the open questions raised and
 * answered, the agreements made and the follow-up of earlier ones. Every part is checked before anything is written:
 * one bad field and nothing is stored. Audited and published in the same transaction; no text leaves the service.
 */
@ApplicationScoped
public class MeetingRecords {

    private final CourseAccess access;
    private final Parties parties;
    private final PublishedInterventions interventions;
    private final Meetings meetings;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final AuditLog auditLog;
    private final StoredTime time;

    public MeetingRecords(CourseAccess access, Parties parties, PublishedInterventions interventions, Meetings meetings,
            SecurityIdentity identity, Outbox outbox, AuditLog auditLog, StoredTime time) {
        this.access = access;
        this.parties = parties;
        this.interventions = interventions;
        this.meetings = meetings;
        this.identity = identity;
        this.outbox = outbox;
        this.auditLog = auditLog;
        this.time = time;
    }

    /** What the request names, checked: the parts that are written. */
    private static final class Checked {
        List<Parties.Party> present = List.of();
        final List<Optional<Parties.Party>> carriers = new ArrayList<>();
        final List<OpenQuestion> answered = new ArrayList<>();
        final List<Agreement> followedUp = new ArrayList<>();
    }

    @WithTransaction
    public Uni<MeetingView> record(UUID courseId, UUID meetingId, RecordMeetingRequest request) {
        return access.open(courseId, "meeting").chain(course -> Meetings.planned(course, meetingId, request.version())
                .chain(meeting -> {
                    Instant now = time.now();
                    if (meeting.startsAt.isAfter(now)) {
                        throw new Conflict("Mødet er ikke begyndt endnu. Registrér det under eller efter mødet");
                    }
                    var problems = new ArrayList<Problem.FieldError>();
                    var checked = new Checked();
                    List<AgreementRequest> agreements = listOf(request.agreements());
                    return parties.resolve(course, request.present(), "present", problems)
                            .invoke(present -> checked.present = present)
                            .chain(() -> Multi.createFrom().range(0, agreements.size()).onItem()
                                    .transformToUniAndConcatenate(i -> parties.resolve(course, agreements.get(i).carrier(),
                                            "agreements[" + i + "].carrier", problems))
                                    .collect().asList())
                            .invoke(checked.carriers::addAll)
                            .chain(() -> answered(course, request, problems)).invoke(checked.answered::addAll)
                            .chain(() -> followedUp(course, request, problems)).invoke(checked.followedUp::addAll)
                            .chain(() -> agreementProblems(meeting, request, problems))
                            .chain(() -> {
                                if (!problems.isEmpty()) {
                                    throw new InvalidInputException(problems);
                                }
                                return written(course, meeting, request, checked, now);
                            });
                }));
    }

    private Uni<MeetingView> written(Course course, Meeting meeting, RecordMeetingRequest request, Checked checked,
            Instant now) {
        meeting.status = MeetingStatus.AFHOLDT;
        meeting.recordedBy = identity.getPrincipal().getName();
        meeting.recordedAt = now;
        var perspectives = new ArrayList<Perspective>();
        var voices = listOf(request.perspectives());
        for (int i = 0; i < voices.size(); i++) {
            var perspective = new Perspective();
            perspective.id = UUID.randomUUID();
            perspective.meetingId = meeting.id;
            perspective.position = i;
            perspective.role = voices.get(i).role();
            perspective.words = voices.get(i).words().strip();
            perspectives.add(perspective);
        }
        var raised = new ArrayList<OpenQuestion>();
        var questions = listOf(request.openQuestions());
        for (int i = 0; i < questions.size(); i++) {
            var question = new OpenQuestion();
            question.id = UUID.randomUUID();
            question.courseId = course.id;
            question.raisedAtMeetingId = meeting.id;
            question.position = i;
            question.question = questions.get(i).strip();
            raised.add(question);
        }
        var answers = listOf(request.answers());
        for (int i = 0; i < answers.size(); i++) {
            checked.answered.get(i).answeredAtMeetingId = meeting.id;
            checked.answered.get(i).answer = answers.get(i).answer().strip();
        }
        var followUps = new ArrayList<FollowUp>();
        var outcomes = listOf(request.followUps());
        for (int i = 0; i < outcomes.size(); i++) {
            var agreement = checked.followedUp.get(i);
            var followUp = new FollowUp();
            followUp.id = UUID.randomUUID();
            followUp.agreementId = agreement.id;
            followUp.meetingId = meeting.id;
            followUp.outcome = outcomes.get(i).outcome();
            followUp.why = Meetings.text(outcomes.get(i).why());
            followUp.recordedBy = meeting.recordedBy;
            followUp.recordedAt = now;
            agreement.status = AgreementFollowUp.statusAfter(followUp.outcome);
            followUps.add(followUp);
        }
        var made = new ArrayList<Agreement>();
        var agreed = listOf(request.agreements());
        for (int i = 0; i < agreed.size(); i++) {
            var carrier = checked.carriers.get(i).orElseThrow();
            var agreement = new Agreement();
            agreement.id = UUID.randomUUID();
            agreement.courseId = course.id;
            agreement.madeAtMeetingId = meeting.id;
            agreement.position = i;
            agreement.what = agreed.get(i).what().strip();
            agreement.carrierRole = carrier.role();
            agreement.carrierUsername = carrier.username();
            agreement.carrierDiscipline = carrier.discipline();
            agreement.carrierNetworkParticipantId = carrier.networkParticipantId();
            agreement.dueOn = agreed.get(i).dueOn();
            agreement.interventionId = agreed.get(i).interventionId();
            agreement.status = AgreementStatus.AABEN;
            agreement.replacesAgreementId = agreed.get(i).replaces();
            made.add(agreement);
        }
        var voice = Optional.ofNullable(request.childVoice()).map(heard -> {
            var childVoice = new ChildVoice();
            childVoice.meetingId = meeting.id;
            childVoice.method = heard.method();
            childVoice.words = heard.words().strip();
            return childVoice;
        });
        return MeetingParticipant.<MeetingParticipant>list("meetingId = ?1", meeting.id)
                .map(invited -> attendance(meeting.id, invited, checked.present))
                .call(attendance -> Rows.persist(attendance))
                .chain(attendance -> CoreTeamMember.active(course.id).map(members -> CoreTeamContinuity.compare(
                        members.stream().map(m -> m.username).collect(Collectors.toSet()),
                        checked.present.stream().filter(Parties.Party::professional).map(Parties.Party::username)
                                .collect(Collectors.toSet())).same())
                        .call(() -> Rows.persist(perspectives))
                        .call(() -> voice.isPresent() ? voice.get().persist() : Uni.createFrom().voidItem())
                        .call(() -> Rows.persist(raised))
                        .call(() -> Rows.persist(followUps))
                        .call(() -> Rows.persist(made))
                        .call(sameCoreTeam -> outbox.publish(EventType.MEETING_HELD_V1, course.childId, new MeetingHeldV1(
                                course.id, course.childId, meeting.id, meeting.startsAt, meeting.place.code(),
                                checked.present.stream().map(p -> p.role().code()).toList(),
                                perspectives.stream().map(p -> p.role.code()).toList(),
                                voice.map(v -> v.method.code()).orElse(null), raised.size(), checked.answered.size(),
                                made.size(), followUps.size(), sameCoreTeam, now))))
                .call(() -> Multi.createFrom().iterable(followUps).onItem().transformToUniAndConcatenate(followUp ->
                        outbox.publish(EventType.AGREEMENT_FOLLOWED_UP_V1, course.childId, new AgreementFollowedUpV1(
                                course.id, course.childId, followUp.agreementId, meeting.id, followUp.outcome.code(), now)))
                        .collect().last())
                .call(() -> Multi.createFrom().iterable(made).onItem().transformToUniAndConcatenate(agreement ->
                        outbox.publish(EventType.AGREEMENT_MADE_V1, course.childId, new AgreementMadeV1(course.id,
                                course.childId, agreement.id, meeting.id, agreement.carrierRole.code(),
                                agreement.carrierDiscipline, agreement.dueOn, agreement.interventionId, now)))
                        .collect().last())
                .call(() -> auditLog.write(course.childId, "meeting", "Netværksmøde registreret"))
                .chain(() -> meetings.viewOf(course, meeting.id));
    }

    /**
     * Who came: the invited marked present or absent, and a row for each who came uninvited. A role of the family
     * matches an invited row of the same role that no one else has matched.
     *
     * @return the new rows (those invited are changed in place)
     */
    private static List<MeetingParticipant> attendance(UUID meetingId, List<MeetingParticipant> invited,
            List<Parties.Party> present) {
        invited.forEach(row -> row.present = false);
        var uninvited = new ArrayList<MeetingParticipant>();
        for (var party : present) {
            var row = invited.stream().filter(candidate -> !Boolean.TRUE.equals(candidate.present)
                    && (party.samePersonAs(Parties.Party.of(candidate)) || party.username() == null
                            && party.networkParticipantId() == null && candidate.username == null
                            && candidate.networkParticipantId == null && candidate.role == party.role()))
                    .findFirst();
            if (row.isPresent()) {
                row.get().present = true;
            } else {
                var newcomer = Meetings.participant(meetingId, party);
                newcomer.invited = false;
                newcomer.present = true;
                uninvited.add(newcomer);
            }
        }
        return uninvited;
    }

    /** The open questions the request answers, in its order; a refusal adds a problem. */
    private static Uni<List<OpenQuestion>> answered(Course course, RecordMeetingRequest request,
            List<Problem.FieldError> problems) {
        var answers = listOf(request.answers());
        Set<UUID> seen = new HashSet<>();
        return Multi.createFrom().range(0, answers.size()).onItem().transformToUniAndConcatenate(i ->
                        OpenQuestion.<OpenQuestion>findById(answers.get(i).questionId()).invoke(question -> {
                            var refusal = OpenQuestions.refusal(question, course.id);
                            if (refusal.isPresent()) {
                                problems.add(new Problem.FieldError("answers[" + i + "].questionId", refusal.get()));
                            } else if (!seen.add(question.id)) {
                                problems.add(new Problem.FieldError("answers[" + i + "].questionId",
                                        "Spørgsmålet er besvaret to gange"));
                            }
                        }))
                .collect().asList();
    }

    /** The agreements the request follows up, in its order; a refusal adds a problem. */
    private static Uni<List<Agreement>> followedUp(Course course, RecordMeetingRequest request,
            List<Problem.FieldError> problems) {
        var followUps = listOf(request.followUps());
        Set<UUID> seen = new HashSet<>();
        return Multi.createFrom().range(0, followUps.size()).onItem().transformToUniAndConcatenate(i ->
                        Agreement.<Agreement>findById(followUps.get(i).agreementId()).invoke(agreement -> {
                            var followUp = followUps.get(i);
                            var refusal = AgreementFollowUp.refusal(agreement, course.id);
                            if (refusal.isPresent()) {
                                problems.add(new Problem.FieldError("followUps[" + i + "].agreementId", refusal.get()));
                            } else if (!seen.add(agreement.id)) {
                                problems.add(new Problem.FieldError("followUps[" + i + "].agreementId",
                                        "Aftalen er fulgt op to gange"));
                            }
                            if (AgreementFollowUp.needsWhy(followUp.outcome()) && Meetings.text(followUp.why()) == null) {
                                problems.add(new Problem.FieldError("followUps[" + i + "].why",
                                        "Skriv kort hvorfor aftalen ikke er gennemført som aftalt"));
                            }
                        }))
                .collect().asList();
    }

    /** The new agreements' due dates, interventions and what they replace. */
    private Uni<Void> agreementProblems(Meeting meeting, RecordMeetingRequest request, List<Problem.FieldError> problems) {
        var agreements = listOf(request.agreements());
        LocalDate meetingDay = DanishDates.day(meeting.startsAt);
        Set<UUID> changed = listOf(request.followUps()).stream()
                .filter(f -> f.outcome() == FollowUpOutcome.AENDRET).map(RecordMeetingRequest.FollowUpRequest::agreementId)
                .collect(Collectors.toSet());
        return Multi.createFrom().range(0, agreements.size()).onItem().transformToUniAndConcatenate(i -> {
                    var agreement = agreements.get(i);
                    if (agreement.dueOn().isBefore(meetingDay)) {
                        problems.add(new Problem.FieldError("agreements[" + i + "].dueOn",
                                "Fristen kan ikke ligge før mødet"));
                    }
                    if (agreement.replaces() != null && !changed.contains(agreement.replaces())) {
                        problems.add(new Problem.FieldError("agreements[" + i + "].replaces",
                                "En aftale kan kun afløse en aftale, der på dette møde følges op som ændret"));
                    }
                    return agreement.interventionId() == null ? Uni.createFrom().voidItem()
                            : interventions.isOffered(agreement.interventionId()).invoke(known -> {
                                if (!known) {
                                    problems.add(new Problem.FieldError("agreements[" + i + "].interventionId",
                                            "Indsatsen findes ikke i kataloget, eller den tilbydes ikke længere"));
                                }
                            }).replaceWithVoid();
                })
                .collect().last().replaceWithVoid();
    }

    private static <T> List<T> listOf(List<T> listed) {
        return listed == null ? List.of() : listed;
    }
}
