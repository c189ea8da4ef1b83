package dk.rodtraad.networkmeeting.meeting;

import dk.rodtraad.chassis.input.WorkDate;
import dk.rodtraad.networkmeeting.agreement.FollowUpOutcome;
import dk.rodtraad.networkmeeting.course.MeetingRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The record of a held meeting, in one request and one transaction: who was there, each perspective in its own words
 * (Dialogisme: no conclusion that speaks for all), the child's own voice, the questions it leaves open and those it
 * answers, the agreements it makes and the follow-up of earlier ones.
 *
 * @param present     who took part (the invited who are not listed were absent)
 * @param answers     open questions of earlier meetings that this one answers
 * @param followUps   earlier agreements followed up at this meeting
 * @param version     the meeting's version the professional saw
 */
public record RecordMeetingRequest(
        @NotEmpty(message = "Angiv hvem der deltog") @Size(max = 30, message = "Højst 30 deltagere")
        List<@NotNull(message = "Angiv deltageren") @Valid ParticipantRequest> present,
        @NotEmpty(message = "Skriv mindst ét perspektiv med deltagerens egne ord") @Size(max = 30, message = "Højst 30 perspektiver")
        List<@NotNull(message = "Angiv perspektivet") @Valid PerspectiveRequest> perspectives,
        @Valid ChildVoiceRequest childVoice,
        @Size(max = 20, message = "Højst 20 åbne spørgsmål")
        List<@NotBlank(message = "Skriv spørgsmålet") @Size(max = 1000, message = "Højst 1000 tegn") String> openQuestions,
        @Size(max = 20, message = "Højst 20 svar") List<@NotNull(message = "Angiv svaret") @Valid AnswerRequest> answers,
        @Size(max = 20, message = "Højst 20 aftaler") List<@NotNull(message = "Angiv aftalen") @Valid AgreementRequest> agreements,
        @Size(max = 50, message = "Højst 50 opfølgninger") List<@NotNull(message = "Angiv opfølgningen") @Valid FollowUpRequest> followUps,
        @NotNull(message = "Angiv versionen af mødet, du har set") Long version) {

    /** A participant's perspective, attributed to their role in the meeting, in their own words. */
    public record PerspectiveRequest(
            @NotNull(message = "Vælg hvis perspektiv det er") MeetingRole role,
            @NotBlank(message = "Skriv perspektivet med deltagerens egne ord") @Size(max = 4000, message = "Højst 4000 tegn") String words) {
    }

    /** The child's own voice and the age-adapted way it was heard. */
    public record ChildVoiceRequest(
            @NotNull(message = "Vælg hvordan barnets stemme blev hørt: samtale, tegning, smiley-skala, observation eller andet") ChildVoiceMethod method,
            @NotBlank(message = "Skriv barnets egen stemme") @Size(max = 4000, message = "Højst 4000 tegn") String words) {
    }

    public record AnswerRequest(
            @NotNull(message = "Angiv spørgsmålet") UUID questionId,
            @NotBlank(message = "Skriv svaret") @Size(max = 2000, message = "Højst 2000 tegn") String answer) {
    }

    /**
     * @param carrier        who carries it: a professional, a parent or the child, a network participant
     * @param interventionId the catalogue's intervention it refers to, if any
     * @param replaces       an earlier agreement this one changes: followed up as {@code aendret} in the same record
     */
    public record AgreementRequest(
            @NotBlank(message = "Skriv hvad der er aftalt") @Size(max = 2000, message = "Højst 2000 tegn") String what,
            @NotNull(message = "Angiv hvem der står for aftalen") @Valid ParticipantRequest carrier,
            @NotNull(message = "Angiv en frist for aftalen") @WorkDate LocalDate dueOn,
            UUID interventionId,
            UUID replaces) {
    }

    public record FollowUpRequest(
            @NotNull(message = "Angiv aftalen") UUID agreementId,
            @NotNull(message = "Vælg hvordan aftalen er gået: gennemført, delvist, ikke gennemført, ændret eller droppet") FollowUpOutcome outcome,
            @Size(max = 2000, message = "Højst 2000 tegn") String why) {
    }
}
