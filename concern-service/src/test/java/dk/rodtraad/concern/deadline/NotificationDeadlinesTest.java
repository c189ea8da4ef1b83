package dk.rodtraad.concern.deadline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationDeadlinesTest {

    private static Instant copenhagen(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NotificationDeadlines.COPENHAGEN).toInstant();
    }

    @Test
    void receiptIsDueSixWorkingDaysLaterAcrossAWeekend() {
        // Thursday 5 March: Fri 6 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4), Thu 12 (5), Fri 13 (6).
        var deadlines = new NotificationDeadlines(copenhagen("2026-03-05T10:00"));
        assertEquals(LocalDate.of(2026, 3, 13), deadlines.receiptDue());
    }

    @Test
    void receiptIsDueAfterEaster() {
        // Wednesday 1 April: Thu 2 to Mon 6 are skærtorsdag, langfredag, a Saturday, påskedag and 2. påskedag;
        // Tue 7 (1), Wed 8 (2), Thu 9 (3), Fri 10 (4), Mon 13 (5), Tue 14 (6).
        var deadlines = new NotificationDeadlines(copenhagen("2026-04-01T09:15"));
        assertEquals(LocalDate.of(2026, 4, 14), deadlines.receiptDue());
    }

    @Test
    void receiptIsDueAfterChristmasAndNewYear() {
        // Monday 21 December: Tue 22 (1), Wed 23 (2); 24 to 27 December are closed; Mon 28 (3), Tue 29 (4),
        // Wed 30 (5); 31 December, 1 January and the weekend are closed; Mon 4 January 2027 (6).
        var deadlines = new NotificationDeadlines(copenhagen("2026-12-21T14:00"));
        assertEquals(LocalDate.of(2027, 1, 4), deadlines.receiptDue());
    }

    @Test
    void theDayOfReceiptIsTheDanishCalendarDay() {
        // 23:30 UTC on Thursday 5 March is 00:30 on Friday 6 March in Copenhagen, so counting starts from Friday:
        // Mon 9 (1), Tue 10 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5), Mon 16 (6).
        var deadlines = new NotificationDeadlines(Instant.parse("2026-03-05T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 3, 16), deadlines.receiptDue());
    }

    @Test
    void receiptIsOverdueOnlyAfterItsDueDay() {
        var deadlines = new NotificationDeadlines(copenhagen("2026-04-01T09:15"));
        assertFalse(deadlines.receiptOverdue(LocalDate.of(2026, 4, 14)));
        assertTrue(deadlines.receiptOverdue(LocalDate.of(2026, 4, 15)));
    }

    @Test
    void urgencyAssessmentIsDue24HoursAfterReceipt() {
        var receivedAt = copenhagen("2026-04-01T09:15");
        assertEquals(copenhagen("2026-04-02T09:15"), new NotificationDeadlines(receivedAt).urgencyAssessmentDue());
    }

    @Test
    void urgencyIsNotOverdueAt23Hours59Minutes() {
        var receivedAt = copenhagen("2026-04-01T09:15");
        var deadlines = new NotificationDeadlines(receivedAt);
        assertFalse(deadlines.urgencyOverdue(receivedAt.plus(Duration.ofHours(23).plusMinutes(59))));
        assertFalse(deadlines.urgencyOverdue(receivedAt.plus(Duration.ofHours(24))));
    }

    @Test
    void urgencyIsOverdueOneSecondAfter24Hours() {
        var receivedAt = copenhagen("2026-04-01T09:15");
        assertTrue(new NotificationDeadlines(receivedAt).urgencyOverdue(receivedAt.plus(Duration.ofHours(24).plusSeconds(1))));
    }

    @Test
    void theReceiptDeadlineRunsToTheEndOfItsDueDayDanishTime() {
        var receipt = new NotificationDeadlines(copenhagen("2026-04-01T09:15")).deadlines().get(1);
        assertEquals(Deadline.Kind.RECEIPT, receipt.kind());
        assertFalse(receipt.overdueAt(copenhagen("2026-04-14T23:59:59")));
        assertTrue(receipt.overdueAt(copenhagen("2026-04-15T00:00")));
    }

    @Test
    void ordersOverdueFirstThenByNearestDeadline() {
        var now = copenhagen("2026-04-08T12:00");
        var old = new NotificationDeadlines(copenhagen("2026-03-30T10:00"));
        var yesterday = new NotificationDeadlines(copenhagen("2026-04-07T08:00"));
        var thisMorning = new NotificationDeadlines(copenhagen("2026-04-08T09:00"));

        var all = new ArrayList<Deadline>();
        Stream.of(thisMorning, old, yesterday).forEach(n -> all.addAll(n.deadlines()));
        all.sort(Deadline.MOST_URGENT_FIRST);

        // old: urgency 31 March 10:00 (overdue); receipt Mon 30 March + 6 = Tue 31 (1), Wed 1 (2), Tue 7 (3), Wed 8 (4),
        // Thu 9 (5), Fri 10 April (6), not overdue.
        // yesterday: urgency 8 April 08:00 (overdue); receipt from Tue 7 April = Wed 15 April.
        // thisMorning: urgency 9 April 09:00; receipt from Wed 8 April = Thu 16 April.
        assertEquals(List.of(
                old.deadlines().get(0),
                yesterday.deadlines().get(0),
                thisMorning.deadlines().get(0),
                old.deadlines().get(1),
                yesterday.deadlines().get(1),
                thisMorning.deadlines().get(1)), all);
        assertEquals(List.of(true, true, false, false, false, false),
                all.stream().map(d -> d.overdueAt(now)).toList());
    }

    @Test
    void requiresTheTimeOfReceipt() {
        assertThrows(IllegalArgumentException.class, () -> new NotificationDeadlines(null));
    }
}
