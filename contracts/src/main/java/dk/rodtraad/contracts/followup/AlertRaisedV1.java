package dk.rodtraad.contracts.followup;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session came out orange or red, and an alert was raised for the responsible professional and the tovholder
 * ({@code dk.rodtraad.followup.alert-raised.v1}).
 *
 * @param colour {@code orange} or {@code rød}
 * @param advice what to consider, as codes: {@code tal-om-samarbejdet}, {@code juster-indsatsen},
 *               {@code inddrag-en-kollega}, {@code netværksmøde}
 */
public record AlertRaisedV1(UUID planId, UUID childId, UUID alertId, UUID sessionId, String colour,
        List<String> advice, Instant raisedAt) {
}
