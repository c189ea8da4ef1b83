package dk.rodtraad.followup.overview;

import dk.rodtraad.followup.alert.AlertView;
import dk.rodtraad.followup.fit.FitColour;
import dk.rodtraad.followup.fit.Trend;
import dk.rodtraad.followup.plan.PlanView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One of my active plans (Mine planer): whose it is, where FIT puts it, the alerts addressed to me that are still
 * open, and what is next.
 *
 * @param why          {@code ansvarlig} (I am responsible), {@code tovholder} (I am the child's tovholder)
 * @param intervention the catalogue's intervention, or null for a local effort ({@code localEffort})
 * @param startsOn     the day the plan starts: with the intervention, what staff know a plan by, as this service
 *                     knows no child's name
 * @param lastSession  the day of the latest session, or null before the first
 * @param nextReview   the first review date from today on, or null when all have passed
 * @param openAlerts   the open alerts for me, newest first
 */
public record MyPlan(UUID planId, UUID childId, PlanView.InterventionView intervention, String localEffort,
        LocalDate startsOn, PlanView.Professional responsible, Set<String> why, FitColour colour, Trend trend,
        int sessions, LocalDate lastSession, LocalDate nextReview, List<AlertView> openAlerts) {
}
