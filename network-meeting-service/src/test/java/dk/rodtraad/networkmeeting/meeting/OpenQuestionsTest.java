package dk.rodtraad.networkmeeting.meeting;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Tolerance for uncertainty: an open question is carried to every next meeting until one answers it. */
class OpenQuestionsTest {

    private static final UUID COURSE = UUID.randomUUID();

    @Test
    void theOpenQuestionsAreCarriedInTheirOrderAndTheAnsweredAreNot() {
        var first = question("Skal skolen med?");
        var answered = question("Hvem henter Emil?");
        answered.answeredAtMeetingId = UUID.randomUUID();
        answered.answer = "Bedstemor om tirsdagen.";
        var later = question("Hvad siger lægen?");

        assertEquals(List.of(first, later), OpenQuestions.carried(List.of(first, answered, later)));
    }

    @Test
    void onlyAnOpenQuestionOfTheCourseIsAnswered() {
        var question = question("Skal skolen med?");
        assertEquals(Optional.empty(), OpenQuestions.refusal(question, COURSE));
        assertEquals(Optional.of("Spørgsmålet hører ikke til forløbet"), OpenQuestions.refusal(question, UUID.randomUUID()));
        question.answeredAtMeetingId = UUID.randomUUID();
        assertEquals(Optional.of("Spørgsmålet er allerede besvaret"), OpenQuestions.refusal(question, COURSE));
    }

    private static OpenQuestion question(String text) {
        var question = new OpenQuestion();
        question.id = UUID.randomUUID();
        question.courseId = COURSE;
        question.raisedAtMeetingId = UUID.randomUUID();
        question.question = text;
        return question;
    }
}
