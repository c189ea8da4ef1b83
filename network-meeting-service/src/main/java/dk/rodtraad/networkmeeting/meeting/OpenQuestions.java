package dk.rodtraad.networkmeeting.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tolerance for usikkerhed, the open questions' rule: a meeting may end without a decision. What it leaves open is
 * recorded as a question of the course and carried to every next meeting until one of them answers it; only an open
 * question of the same course can be answered.
 */
public final class OpenQuestions {

    private OpenQuestions() {
    }

    /** The questions a meeting carries: the course's questions that no meeting has answered yet, oldest first. */
    public static List<OpenQuestion> carried(List<OpenQuestion> questionsOfTheCourse) {
        return questionsOfTheCourse.stream().filter(OpenQuestion::isOpen).toList();
    }

    /** Why a meeting of the course cannot answer the question, in Danish; empty when it can. */
    public static Optional<String> refusal(OpenQuestion question, UUID courseId) {
        if (question == null || !question.courseId.equals(courseId)) {
            return Optional.of("Spørgsmålet hører ikke til forløbet");
        }
        if (!question.isOpen()) {
            return Optional.of("Spørgsmålet er allerede besvaret");
        }
        return Optional.empty();
    }
}
