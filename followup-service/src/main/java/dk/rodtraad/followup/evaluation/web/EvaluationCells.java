package dk.rodtraad.followup.evaluation.web;

import dk.rodtraad.chassis.aggregate.Visibility;
import dk.rodtraad.followup.evaluation.Figure;
import dk.rodtraad.followup.evaluation.InterventionEvaluation.Group;
import dk.rodtraad.followup.evaluation.Measure;
import dk.rodtraad.followup.web.AppMessages;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The evaluation's figures and groups in words, the one way the page, its chart and the CSV say them: a figure as
 * people read it ("60 % af 5", "4,3 af 5") or as a spreadsheet reads it ("60", "4,3"), or why it has no number
 * ("for få", "skjult"); a group by its Danish name ("6–12 år", "CORS 15–20").
 */
@ApplicationScoped
public class EvaluationCells {

    private static final Locale DANISH = Locale.of("da");

    private final AppMessages msg;

    public EvaluationCells(AppMessages msg) {
        this.msg = msg;
    }

    /** A measure's heading on the page and in the CSV, the latter with the unit a bare number needs. */
    String heading(Measure measure, boolean csv) {
        return csv && measure.kind() == Measure.Kind.PERCENT ? measure.label() + " (%)" : measure.label();
    }

    /** A figure as the page shows it: the number and how many children it is of, or why there is none. */
    String page(Figure figure) {
        if (figure.visibility() != Visibility.SHOWN) {
            return withheld(figure.visibility());
        }
        if (figure.value().isEmpty()) {
            return msg.evaluation_nothing();
        }
        String number = number(figure.measure(), figure.value().get());
        return switch (figure.measure().kind()) {
            case COUNT -> number;
            // A no-break space keeps "60 %" on one line in a narrow cell.
            case PERCENT -> msg.evaluation_of(number + "\u00a0%", figure.children());
            case MEAN -> msg.evaluation_of(number, figure.children());
        };
    }

    /** A figure as the CSV holds it: a bare number, or why there is none ("for få", "skjult"); empty for "–". */
    String csv(Figure figure) {
        if (figure.visibility() != Visibility.SHOWN) {
            return withheld(figure.visibility());
        }
        return figure.value().map(value -> number(figure.measure(), value)).orElse("");
    }

    /** How many children a figure is of, in the CSV: a bare number, or why there is none. */
    String csvChildren(Figure figure) {
        return figure.visibility() == Visibility.SHOWN ? Integer.toString(figure.children())
                : withheld(figure.visibility());
    }

    /** A group's Danish name: "I alt", "6–12 år", "CORS 15–20", "Uden måling". */
    String group(Group group, boolean byAge) {
        String code = group.code();
        if (code.equals(Group.TOTAL)) {
            return msg.evaluation_total();
        }
        String[] parts = code.split("-");
        if (byAge) {
            return msg.evaluation_age(parts[0], parts[1]);
        }
        return parts.length == 3 ? msg.evaluation_band(parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2])
                : msg.evaluation_not_measured();
    }

    private String withheld(Visibility visibility) {
        return visibility == Visibility.TOO_FEW ? msg.evaluation_too_few() : msg.evaluation_hidden();
    }

    private static String number(Measure measure, BigDecimal value) {
        return String.format(DANISH, measure.kind() == Measure.Kind.MEAN ? "%.1f" : "%.0f", value);
    }
}
