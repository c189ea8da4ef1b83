package dk.rodtraad.networkmeeting.fidelity;

import java.time.Instant;
import java.util.Optional;

/**
 * One agreement (aftale) of a course, as the fidelity view counts it.
 *
 * @param madeAt       when the meeting it was made at started
 * @param followedUpAt when the first meeting that followed it up started; empty while none has
 */
public record AgreementFacts(Instant madeAt, Optional<Instant> followedUpAt) {
}
