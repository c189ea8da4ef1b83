package dk.rodtraad.networkmeeting.fidelity.web;

import dk.rodtraad.chassis.aggregate.Share;
import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.networkmeeting.fidelity.FidelityReport.Group;
import dk.rodtraad.networkmeeting.fidelity.GroupMeasures;
import dk.rodtraad.networkmeeting.web.AppMessages;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The measures as columns, in the one order and with the one set of words the page's tables, its charts and the CSV
 * share: each with its Danish heading and its number as people read it ("67 %", "5,5 timer") or as a spreadsheet
 * reads it ("67", "5,5").
 */
@ApplicationScoped
public class FidelityColumns {

    /** How a column's number reads. */
    enum Kind {
        COUNT, PERCENT, HOURS, DECIMAL
    }

    /** One measure: its heading and its number in a group's measures; empty when there is nothing to measure yet. */
    record Column(String heading, Kind kind, Function<GroupMeasures, Optional<Double>> value) {

        /** The heading in the CSV, with the unit a bare number needs there. */
        String csvHeading() {
            return kind == Kind.PERCENT ? heading + " (%)" : heading;
        }
    }

    private static final Locale DANISH = Locale.of("da");

    private final AppMessages msg;
    private final Column within24Hours;
    private final List<Column> columns;

    public FidelityColumns(AppMessages msg) {
        this.msg = msg;
        this.within24Hours = new Column(msg.fidelity_col_within_24(), Kind.PERCENT,
                m -> percent(m.firstMeetingWithin24Hours()));
        this.columns = List.of(
                new Column(msg.fidelity_col_courses(), Kind.COUNT, m -> Optional.of((double) m.courses())),
                new Column(msg.fidelity_col_median_hours(), Kind.HOURS,
                        m -> m.medianToFirstMeeting().map(FidelityColumns::hours)),
                within24Hours,
                new Column(msg.fidelity_col_family_later(), Kind.COUNT, m -> Optional.of((double) m.familyChoseLater())),
                new Column(msg.fidelity_col_core_team(), Kind.PERCENT, m -> percent(m.sameCoreTeam())),
                new Column(msg.fidelity_col_network(), Kind.PERCENT, m -> percent(m.networkByFamilysWish())),
                new Column(msg.fidelity_col_outside(), Kind.PERCENT, m -> percent(m.outsideTheOffice())),
                new Column(msg.fidelity_col_voices(), Kind.PERCENT, m -> percent(m.childsVoiceAndTwoOthers())),
                new Column(msg.fidelity_col_follow_up(), Kind.PERCENT, m -> percent(m.agreementsFollowedUp())),
                new Column(msg.fidelity_col_open_questions(), Kind.DECIMAL, GroupMeasures::openQuestionsPerMeeting));
    }

    List<Column> all() {
        return columns;
    }

    /** The columns that are shares, for the chart of the municipality. */
    List<Column> shares() {
        return columns.stream().filter(column -> column.kind() == Kind.PERCENT).toList();
    }

    /** The column of the share of first meetings within 24 hours (Hurtig hjælp). */
    Column within24Hours() {
        return within24Hours;
    }

    /** A group's cell as the page shows it: the number, or why there is none ("for få", "skjult", "–"). */
    String pageCell(Group group, Column column) {
        return cell(group, column, false);
    }

    /** A group's cell as the CSV holds it: a bare number, or why there is none ("for få", "skjult"; empty for "–"). */
    String csvCell(Group group, Column column) {
        return cell(group, column, true);
    }

    /** A group's name as people read it: the municipality, or the district or unit, "Ikke oplyst" for an unknown one. */
    String name(String name) {
        return name == null ? msg.fidelity_unknown() : name;
    }

    private String cell(Group group, Column column, boolean csv) {
        if (group.visibility() != Visibility.SHOWN) {
            return group.visibility() == Visibility.TOO_FEW ? msg.fidelity_too_few() : msg.fidelity_hidden();
        }
        Optional<Double> value = column.value().apply(group.measures().orElseThrow());
        if (value.isEmpty()) {
            return csv ? "" : msg.fidelity_nothing();
        }
        double number = value.get();
        return switch (column.kind()) {
            case COUNT -> String.format(DANISH, "%.0f", number);
            // A no-break space keeps "67 %" on one line in a narrow cell.
            case PERCENT -> String.format(DANISH, csv ? "%.0f" : "%.0f\u00a0%%", number);
            case HOURS -> csv ? String.format(DANISH, "%.1f", number) : msg.fidelity_hours(String.format(DANISH, "%.1f", number));
            case DECIMAL -> String.format(DANISH, "%.1f", number);
        };
    }

    private static Optional<Double> percent(Share share) {
        return share.fraction().map(fraction -> fraction * 100);
    }

    private static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }
}
