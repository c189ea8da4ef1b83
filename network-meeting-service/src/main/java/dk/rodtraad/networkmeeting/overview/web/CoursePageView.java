package dk.rodtraad.networkmeeting.overview.web;

import dk.rodtraad.chassis.access.CaseTeam;
import dk.rodtraad.chassis.access.Tovholders;
import dk.rodtraad.chassis.catalogue.Intervention;
import dk.rodtraad.networkmeeting.agreement.AgreementView;
import dk.rodtraad.networkmeeting.course.CourseStatus;
import dk.rodtraad.networkmeeting.meeting.MeetingStatus;
import dk.rodtraad.networkmeeting.meeting.MeetingView;
import dk.rodtraad.networkmeeting.network.NetworkParticipantView;
import dk.rodtraad.networkmeeting.overview.CourseRecord;
import dk.rodtraad.chassis.directory.People;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A course as its page shows it: the record the API reads, with the names people read in place of ids (the network
 * participants' names, the catalogue's interventions, the professionals by name and discipline).
 *
 * @param tovholder the child's tovholder as concern-service names them, or null when it has named none
 * @param caseTeam  the child's case team, for handing over and changing the core team
 * @param mine      whether the user carries the responsibility (only they hand it over)
 * @param names     the people Keycloak knows, to name the professionals
 */
@TemplateData
public record CoursePageView(CourseRecord record, String tovholder, List<CaseTeam.Member> caseTeam,
        Map<UUID, Intervention> interventions, boolean mine, People.Names names) {

    static CoursePageView of(CourseRecord record, Optional<Tovholders.Tovholder> tovholder, List<CaseTeam.Member> caseTeam,
            List<Intervention> interventions, String me, People.Names names) {
        return new CoursePageView(record, tovholder.map(t -> names.professional(t.username(), t.discipline()))
                .orElse(null), caseTeam, interventions.stream().collect(Collectors.toMap(Intervention::id,
                Function.identity(), (a, b) -> a)), record.course().responsible().username().equals(me), names);
    }

    public boolean open() {
        return record.course().status() == CourseStatus.AABEN;
    }

    public String professional(String username, String discipline) {
        return names.professional(username, discipline);
    }

    /** A person at a meeting: a professional, a network participant by name and role, or a role of the family. */
    public String who(MeetingView.ParticipantView participant) {
        return person(participant.role().label(), participant.username(), participant.discipline(),
                participant.networkParticipantId());
    }

    public String carrier(AgreementView.Carrier carrier) {
        return person(carrier.role().label(), carrier.username(), carrier.discipline(), carrier.networkParticipantId());
    }

    private String person(String role, String username, String discipline, UUID networkParticipantId) {
        if (username != null) {
            return names.professional(username, discipline);
        }
        if (networkParticipantId != null) {
            return record.network().stream().filter(p -> p.id().equals(networkParticipantId)).findFirst()
                    .map(p -> p.name() + " (" + p.role().label().toLowerCase(java.util.Locale.ROOT) + ")").orElse(role);
        }
        return role;
    }

    public String intervention(UUID id) {
        return id == null ? null : Optional.ofNullable(interventions.get(id)).map(Intervention::name).orElse(id.toString());
    }

    /** What an agreement of the course says, for its follow-up at a later meeting. */
    public String agreement(UUID id) {
        return record.agreements().stream().filter(a -> a.id().equals(id)).findFirst().map(AgreementView::what)
                .orElse("");
    }

    public List<AgreementView> agreementsMadeAt(UUID meetingId) {
        return record.agreements().stream().filter(a -> a.madeAtMeetingId().equals(meetingId)).toList();
    }

    public List<NetworkParticipantView> consented() {
        return record.network().stream().filter(NetworkParticipantView::consent).toList();
    }

    public boolean planned(MeetingView meeting) {
        return meeting.status() == MeetingStatus.PLANLAGT;
    }

    public List<CaseTeam.Member> notOnCoreTeam() {
        var present = record.course().coreTeam().stream().filter(m -> m.leftAt() == null).map(m -> m.username()).toList();
        return caseTeam.stream().filter(m -> !present.contains(m.username())).toList();
    }
}
