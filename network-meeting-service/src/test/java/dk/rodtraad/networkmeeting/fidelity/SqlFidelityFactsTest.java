package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fidelity facts read from real rows of the courses' tables, in a quarter of 2024 and a district of this run's
 * own, so that nothing else in the test database counts: a course with held, cancelled and planned meetings, its core
 * team, network, voices, open questions and agreements; one whose only meeting was cancelled; one whose family chose
 * a later time; and one of the next quarter, which is not in the period.
 */
@QuarkusTest
class SqlFidelityFactsTest {

    private static final FidelityPeriod SECOND_QUARTER_2024 = new FidelityPeriod(new Quarter(2024, 2), new Quarter(2024, 2));
    private static final Instant CONTACT = Instant.parse("2024-04-10T08:00:00Z");
    private static final Instant FIRST = Instant.parse("2024-04-10T18:00:00Z");
    private static final Instant SECOND = Instant.parse("2024-04-24T08:00:00Z");
    /** After lise left the core team and peter joined it, with a reason. */
    private static final Instant THIRD = Instant.parse("2024-05-06T08:00:00Z");

    @Inject
    SqlFidelityFacts facts;

    @Test
    void theFactsOfEachCourseOfThePeriodComeFromItsRows() throws Throwable {
        String district = "Distrikt " + UUID.randomUUID();
        UUID full;
        UUID cancelledOnly;
        UUID familyLater;
        UUID nextQuarter;
        try (var db = new Rows()) {
            full = db.course(district, "Sundhedsplejen", CONTACT);
            db.coreTeam(full, "hanne", CONTACT, null);
            db.coreTeam(full, "lise", CONTACT, Instant.parse("2024-05-01T08:00:00Z"));
            db.coreTeam(full, "peter", Instant.parse("2024-05-01T08:00:00Z"), null);
            db.network(full);
            UUID first = db.meeting(full, FIRST, "HJEMMET", "AFHOLDT", null);
            db.present(first, "hanne", true);
            db.present(first, "lise", true);
            db.childVoice(first);
            db.perspective(first, 1, "MOR");
            db.perspective(first, 2, "FAR");
            UUID second = db.meeting(full, SECOND, "RAADHUS", "AFHOLDT", null);
            db.present(second, "hanne", true);
            db.present(second, "lise", false);
            db.present(second, "kasper", true);
            db.perspective(second, 1, "BARNET");
            db.perspective(second, 2, "SUNDHEDSPLEJERSKE");
            db.openQuestion(full, first, 1, null);
            db.openQuestion(full, first, 2, second);
            UUID third = db.meeting(full, THIRD, "SKOLE", "AFHOLDT", null);
            db.present(third, "hanne", true);
            db.present(third, "peter", true);
            db.meeting(full, Instant.parse("2024-05-08T08:00:00Z"), "SKOLE", "AFLYST", null);
            db.meeting(full, Instant.parse("2024-05-20T08:00:00Z"), "SKOLE", "PLANLAGT", null);
            db.followUp(db.agreement(full, first, 1), second);
            db.agreement(full, second, 1);

            cancelledOnly = db.course(district, "Skolen", Instant.parse("2024-05-01T08:00:00Z"));
            db.meeting(cancelledOnly, Instant.parse("2024-05-01T20:00:00Z"), "SKOLE", "AFLYST", null);
            familyLater = db.course(district, "Skolen", Instant.parse("2024-06-30T21:00:00Z"));
            db.meeting(familyLater, Instant.parse("2024-07-03T08:00:00Z"), "ONLINE", "PLANLAGT", "Far er ude at rejse");
            nextQuarter = db.course(district, "Skolen", Instant.parse("2024-06-30T22:00:00Z"));
        }

        var found = VertxContextSupport.subscribeAndAwait(() -> facts.facts(SECOND_QUARTER_2024)).stream()
                .filter(course -> district.equals(course.district())).toList();

        assertEquals(3, found.size(), "the course whose contact came at midnight of 1 July in Denmark is not in the period");
        assertFalse(found.stream().anyMatch(course -> course.courseId().equals(nextQuarter)));
        CourseFacts course = byId(found, full);
        assertEquals("Sundhedsplejen", course.unit());
        assertEquals(CONTACT, course.firstContactAt());
        assertEquals(Optional.of(new FirstMeetingClock.Meeting(FIRST, true, false)), course.firstMeeting());
        assertTrue(course.networkByFamilysWish());
        assertEquals(List.of(
                new MeetingFacts(FIRST, MeetingPlace.HJEMMET, true, true, 2, 2),
                new MeetingFacts(SECOND, MeetingPlace.RAADHUS, false, true, 1, 0),
                new MeetingFacts(THIRD, MeetingPlace.SKOLE, true, false, 0, 0)),
                course.meetings().stream().sorted(Comparator.comparing(MeetingFacts::heldAt)).toList(),
                "held meetings only; the core team as it stood at each: lise missing and kasper instead is not the "
                + "same team, the changed team is");
        assertEquals(List.of(new AgreementFacts(FIRST, Optional.of(SECOND)), new AgreementFacts(SECOND, Optional.empty())),
                course.agreements().stream().sorted(Comparator.comparing(AgreementFacts::madeAt)).toList());

        CourseFacts cancelled = byId(found, cancelledOnly);
        assertEquals(Optional.empty(), cancelled.firstMeeting(), "a cancelled meeting is no first meeting");
        assertFalse(cancelled.networkByFamilysWish());
        assertEquals(List.of(), cancelled.meetings());
        assertEquals(Optional.of(new FirstMeetingClock.Meeting(Instant.parse("2024-07-03T08:00:00Z"), false, true)),
                byId(found, familyLater).firstMeeting());
    }

    private static CourseFacts byId(List<CourseFacts> courses, UUID id) {
        return courses.stream().filter(course -> course.courseId().equals(id)).findFirst().orElseThrow();
    }

    /** Rows written as the service's own login writes them, each with what its table requires. */
    private static final class Rows implements AutoCloseable {

        private final Connection connection;

        Rows() throws SQLException {
            var config = ConfigProvider.getConfig();
            connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getValue("quarkus.datasource.password", String.class));
        }

        UUID course(String district, String unit, Instant contact) throws SQLException {
            return insert("course", Map.ofEntries(Map.entry("version", 0), Map.entry("child_id", UUID.randomUUID()),
                    Map.entry("first_contact_at", time(contact)), Map.entry("contacted_username", "hanne"),
                    Map.entry("contacted_discipline", "sundhedsplejerske"), Map.entry("contact_from", "FORAELDER"),
                    Map.entry("contact_about", "Søvn"), Map.entry("responsible_username", "hanne"),
                    Map.entry("responsible_discipline", "sundhedsplejerske"), Map.entry("unit", unit),
                    Map.entry("district", district), Map.entry("status", "AABEN"), Map.entry("started_by", "hanne"),
                    Map.entry("started_at", time(contact))));
        }

        /** On the core team from {@code joined} until {@code left} (null: still on it), with a reason for a change. */
        void coreTeam(UUID course, String username, Instant joined, Instant left) throws SQLException {
            var row = new LinkedHashMap<String, Object>(Map.of("course_id", course, "username", username,
                    "discipline", "laerer", "joined_at", time(joined), "added_by", "hanne"));
            if (!joined.equals(CONTACT)) {
                row.put("joined_reason", "Skolen kom med");
            }
            if (left != null) {
                row.put("left_at", time(left));
                row.put("left_reason", "Skiftede job");
                row.put("removed_by", "hanne");
            }
            insert("core_team_member", row);
        }

        void network(UUID course) throws SQLException {
            insert("network_participant", Map.of("course_id", course, "name", "Mormor", "role", "BEDSTEMOR",
                    "kind", "FAMILIENETVAERK", "consent_given_by", "MOR", "consent_given_on", LocalDate.of(2024, 4, 10),
                    "consent_recorded_by", "hanne", "consent_recorded_at", time(CONTACT)));
        }

        UUID meeting(UUID course, Instant startsAt, String place, String status, String familyLaterReason)
                throws SQLException {
            var row = new LinkedHashMap<String, Object>(Map.of("version", 0, "course_id", course,
                    "starts_at", time(startsAt), "ends_at", time(startsAt.plusSeconds(3600)), "place", place,
                    "status", status, "scheduled_by", "hanne", "scheduled_at", time(CONTACT)));
            row.put("family_later_reason", familyLaterReason);
            if (status.equals("AFHOLDT")) {
                row.put("recorded_by", "hanne");
                row.put("recorded_at", time(startsAt));
            }
            if (status.equals("AFLYST")) {
                row.put("cancelled_by", "hanne");
                row.put("cancelled_at", time(CONTACT));
            }
            return insert("meeting", row);
        }

        void present(UUID meeting, String username, boolean present) throws SQLException {
            insert("meeting_participant", Map.of("meeting_id", meeting, "role", "LAERER", "username", username,
                    "discipline", "laerer", "invited", true, "present", present));
        }

        void childVoice(UUID meeting) throws SQLException {
            insertWithoutId("child_voice", Map.of("meeting_id", meeting, "method", "TEGNING", "words", "En sol og mor."));
        }

        void perspective(UUID meeting, int position, String role) throws SQLException {
            insert("perspective", Map.of("meeting_id", meeting, "position", position, "role", role,
                    "words", "Med egne ord."));
        }

        void openQuestion(UUID course, UUID raisedAt, int position, UUID answeredAt) throws SQLException {
            var row = new LinkedHashMap<String, Object>(Map.of("course_id", course, "raised_at_meeting_id", raisedAt,
                    "position", position, "question", "Hvad hjælper om natten?"));
            if (answeredAt != null) {
                row.put("answered_at_meeting_id", answeredAt);
                row.put("answer", "Faste tider.");
            }
            insert("open_question", row);
        }

        UUID agreement(UUID course, UUID madeAt, int position) throws SQLException {
            return insert("agreement", Map.of("course_id", course, "made_at_meeting_id", madeAt, "position", position,
                    "what", "Mor ringer til klubben.", "carrier_role", "MOR", "due_on", LocalDate.of(2024, 5, 1),
                    "status", "AABEN"));
        }

        void followUp(UUID agreement, UUID meeting) throws SQLException {
            insert("follow_up", Map.of("agreement_id", agreement, "meeting_id", meeting, "outcome", "GENNEMFOERT",
                    "recorded_by", "hanne", "recorded_at", time(SECOND)));
        }

        private UUID insert(String table, Map<String, Object> columns) throws SQLException {
            UUID id = UUID.randomUUID();
            var row = new LinkedHashMap<String, Object>(columns);
            row.put("id", id);
            insertWithoutId(table, row);
            return id;
        }

        private void insertWithoutId(String table, Map<String, Object> columns) throws SQLException {
            var names = List.copyOf(columns.keySet());
            String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                    + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
            try (var insert = connection.prepareStatement(sql)) {
                for (int i = 0; i < names.size(); i++) {
                    insert.setObject(i + 1, columns.get(names.get(i)));
                }
                insert.executeUpdate();
            }
        }

        private static OffsetDateTime time(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
