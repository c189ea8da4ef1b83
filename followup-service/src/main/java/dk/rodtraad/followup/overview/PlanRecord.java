package dk.rodtraad.followup.overview;

import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.fit.FitAssessment;
import dk.rodtraad.followup.plan.PlanView;
import dk.rodtraad.followup.session.SessionView;

import java.net.URI;
import java.util.List;

/**
 * A plan in full: its facts and goals, its sessions with their scores in order, where FIT puts it now (each rater's
 * series with its flags, the expectation and the rule that gave it), its alerts newest first, and — after repeated red,
 * once a review date has come — the link to concern-service's page of the child, from which the professional may
 * notify the authority (a link only: nothing is sent by itself).
 *
 * @param notifyAuthority the link, or null when it is not offered
 */
public record PlanRecord(PlanView plan, List<SessionView> sessions, FitAssessment fit, List<AlertView> alerts,
        URI notifyAuthority) {
}
