package dk.rodtraad.networkmeeting.fidelity;

import dk.rodtraad.networkmeeting.course.FirstMeetingClock;
import dk.rodtraad.networkmeeting.meeting.MeetingPlace;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fidelity facts from the courses' tables (db/migration/V20261202_0100): three queries, of the courses, their held
 * meetings and their agreements, each returning only times, codes, flags and counts — never a text anyone wrote.
 */
@ApplicationScoped
public class SqlFidelityFacts implements FidelityFacts {

    /** Each course of the period, with its first meeting that is not cancelled and whether its network is invited. */
    private static final String COURSES = """
            select c.id, c.district, c.unit, c.first_contact_at, fm.starts_at, fm.status = 'AFHOLDT',
                   fm.family_later_reason is not null,
                   exists (select 1 from network_participant n where n.course_id = c.id)
              from course c
              left join lateral (select m.starts_at, m.status, m.family_later_reason from meeting m
                                  where m.course_id = c.id and m.status <> 'AFLYST'
                                  order by m.starts_at limit 1) fm on true
             where c.first_contact_at >= :start and c.first_contact_at < :end""";

    /**
     * Each held meeting of the period's courses: whether exactly its core team took part (as the course compares it,
     * {@code CourseMeetings.sameCoreTeam}: every member of the core team as it stood when the meeting was recorded was
     * present, and no other professional), whether the record holds the child's own voice, how many other
     * perspectives it holds, and how many open questions it left for a later meeting.
     */
    private static final String MEETINGS = """
            with team as (select t.course_id, t.username, m.id as meeting_id
                            from core_team_member t join meeting m on m.course_id = t.course_id
                           where t.joined_at <= m.recorded_at and (t.left_at is null or t.left_at > m.recorded_at))
            select m.course_id, m.starts_at, m.place,
                   not exists (select 1 from team t where t.meeting_id = m.id
                                  and not exists (select 1 from meeting_participant p where p.meeting_id = m.id
                                                     and p.username = t.username and p.present))
                   and not exists (select 1 from meeting_participant p where p.meeting_id = m.id and p.present
                                      and p.username is not null
                                      and not exists (select 1 from team t where t.meeting_id = m.id
                                                         and t.username = p.username)),
                   exists (select 1 from child_voice v where v.meeting_id = m.id)
                   or exists (select 1 from perspective p where p.meeting_id = m.id and p.role in ('BARNET', 'DEN_UNGE')),
                   (select count(*) from perspective p where p.meeting_id = m.id and p.role not in ('BARNET', 'DEN_UNGE')),
                   (select count(*) from open_question q where q.raised_at_meeting_id = m.id
                       and q.answered_at_meeting_id is distinct from m.id)
              from meeting m join course c on c.id = m.course_id
             where m.status = 'AFHOLDT' and c.first_contact_at >= :start and c.first_contact_at < :end""";

    /** Each agreement of the period's courses: when the meeting it was made at and the first held one that followed it up began. */
    private static final String AGREEMENTS = """
            select a.course_id, made.starts_at,
                   (select min(fm.starts_at) from follow_up f join meeting fm on fm.id = f.meeting_id
                     where f.agreement_id = a.id and fm.status = 'AFHOLDT')
              from agreement a
              join meeting made on made.id = a.made_at_meeting_id
              join course c on c.id = a.course_id
             where made.status = 'AFHOLDT' and c.first_contact_at >= :start and c.first_contact_at < :end""";

    @Override
    @WithSession
    public Uni<List<CourseFacts>> facts(FidelityPeriod period) {
        return Panache.getSession().chain(session -> rows(session, COURSES, period)
                .chain(courses -> rows(session, MEETINGS, period)
                        .chain(meetings -> rows(session, AGREEMENTS, period)
                                .map(agreements -> assemble(courses, meetings, agreements)))));
    }

    private static Uni<List<Object[]>> rows(Mutiny.Session session, String sql, FidelityPeriod period) {
        return session.createNativeQuery(sql, Object[].class)
                .setParameter("start", OffsetDateTime.ofInstant(period.start(), ZoneOffset.UTC))
                .setParameter("end", OffsetDateTime.ofInstant(period.end(), ZoneOffset.UTC))
                .getResultList();
    }

    private static List<CourseFacts> assemble(List<Object[]> courses, List<Object[]> meetings, List<Object[]> agreements) {
        Map<UUID, List<MeetingFacts>> meetingsOf = new HashMap<>();
        for (Object[] row : meetings) {
            meetingsOf.computeIfAbsent((UUID) row[0], course -> new ArrayList<>()).add(new MeetingFacts(instant(row[1]),
                    MeetingPlace.valueOf((String) row[2]), (Boolean) row[3], (Boolean) row[4],
                    ((Number) row[5]).intValue(), ((Number) row[6]).intValue()));
        }
        Map<UUID, List<AgreementFacts>> agreementsOf = new HashMap<>();
        for (Object[] row : agreements) {
            agreementsOf.computeIfAbsent((UUID) row[0], course -> new ArrayList<>()).add(new AgreementFacts(
                    instant(row[1]), Optional.ofNullable(row[2]).map(SqlFidelityFacts::instant)));
        }
        return courses.stream().map(row -> {
            UUID id = (UUID) row[0];
            Optional<FirstMeetingClock.Meeting> first = Optional.ofNullable(row[4])
                    .map(startsAt -> new FirstMeetingClock.Meeting(instant(startsAt), (Boolean) row[5], (Boolean) row[6]));
            return new CourseFacts(id, (String) row[1], (String) row[2], instant(row[3]), first, (Boolean) row[7],
                    meetingsOf.getOrDefault(id, List.of()), agreementsOf.getOrDefault(id, List.of()));
        }).toList();
    }

    /** A timestamptz as the driver hands it over. */
    private static Instant instant(Object timestamp) {
        return timestamp instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) timestamp;
    }
}
