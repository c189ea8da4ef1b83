package dk.rodtraad.followup.session;

import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.fit.FitAssessment;

/**
 * A session just scored: the session with its scores, where FIT puts the plan after it, and the alert it raised (null
 * when it raised none: grey or green).
 */
public record SessionResult(SessionView session, FitAssessment fit, AlertView alert) {
}
