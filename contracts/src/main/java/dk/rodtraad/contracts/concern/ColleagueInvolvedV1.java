package dk.rodtraad.contracts.concern;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional involved with a child involved a colleague ({@code dk.rodtraad.concern.colleague-involved.v1}):
 * one more discipline works with the child. Names the colleague's discipline, never the person.
 *
 * @param profession the colleague's discipline: {@code sundhedsplejerske}, {@code paedagog}, {@code laerer} or
 *                   {@code klubmedarbejder}
 */
public record ColleagueInvolvedV1(UUID childId, String profession, Instant involvedAt) {
}
