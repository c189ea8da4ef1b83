package dk.rodtraad.followup.alert;

import dk.rodtraad.followup.fit.AlertAdvice;
import dk.rodtraad.followup.fit.FitColour;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An alert as the API and the pages show it.
 *
 * @param advice what to consider, in order; the pages put the codes into Danish ({@code codes.properties})
 * @param sentTo the usernames it is for: the responsible professional and, if the case had one, the tovholder
 */
public record AlertView(UUID id, UUID planId, UUID sessionId, FitColour colour, List<AlertAdvice> advice,
        List<String> sentTo, Instant raisedAt, String acknowledgedBy, Instant acknowledgedAt) {

    public static AlertView of(Alert alert) {
        return new AlertView(alert.id, alert.planId, alert.sessionId, alert.colour,
                alert.advice.stream().map(AlertAdvice::valueOf).toList(),
                alert.tovholderUsername == null || alert.tovholderUsername.equals(alert.responsibleUsername)
                        ? List.of(alert.responsibleUsername) : List.of(alert.responsibleUsername, alert.tovholderUsername),
                alert.raisedAt, alert.acknowledgedBy, alert.acknowledgedAt);
    }

    public boolean open() {
        return acknowledgedAt == null;
    }
}
