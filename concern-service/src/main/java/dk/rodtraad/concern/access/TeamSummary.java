package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.directory.Colleague;

/**
 * What a professional with records of their own about a child, not on its case team, may know of it, so they can
 * coordinate: that a team exists, and whom to contact (the tovholder, or while there is none the member who started
 * the case), and whether they have asked to join.
 *
 * @param contactIsTovholder whether {@code contact} is the tovholder
 * @param member             whether the asking professional is on the team (then they see everything anyway)
 * @param requested          whether they have asked to join and no one has decided yet
 */
public record TeamSummary(boolean teamExists, Colleague contact, boolean contactIsTovholder, boolean member,
        boolean requested) {
}
