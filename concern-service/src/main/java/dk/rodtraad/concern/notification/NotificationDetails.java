package dk.rodtraad.concern.notification;

import dk.rodtraad.concern.validation.CrossFieldRules;

import java.util.List;

/**
 * What every underretning holds, however it is made: the ground, what is known or suspected, and whether the
 * parents were told. Not telling them first can be right (suspected abuse), but it must then be explained.
 */
public interface NotificationDetails extends CrossFieldRules {

    Ground ground();

    String knownOrSuspected();

    Boolean parentsInformed();

    String parentsNotInformedReason();

    @Override
    default List<FieldProblem> crossFieldProblems() {
        boolean reasonGiven = parentsNotInformedReason() != null && !parentsNotInformedReason().isBlank();
        if (Boolean.FALSE.equals(parentsInformed()) && !reasonGiven) {
            return List.of(new FieldProblem("parentsNotInformedReason",
                    "Begrund hvorfor forældrene ikke er orienteret om underretningen"));
        }
        if (Boolean.TRUE.equals(parentsInformed()) && reasonGiven) {
            return List.of(new FieldProblem("parentsNotInformedReason",
                    "Forældrene er orienteret. Angiv kun en begrundelse, når de ikke er"));
        }
        return List.of();
    }
}
