package dk.rodtraad.contracts.access;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone may see a child's data from now on ({@code dk.rodtraad.concern.child-access-granted.v1}): a professional
 * joined the child's case team, or the authority unit was notified of the child. concern-service decides it; every
 * other service keeps a replica of these grants and answers exactly as concern-service does.
 *
 * @param audience   {@code fagperson} (one professional, named by {@code username}) or {@code myndighed} (the
 *                   authority unit as a whole; {@code username} and {@code discipline} are then null)
 * @param username   the professional's Keycloak username
 * @param discipline the professional's discipline from Keycloak: {@code sundhedsplejerske}, {@code paedagog},
 *                   {@code laerer} or {@code klubmedarbejder}
 * @param basis      why: {@code sagsopretter} (started the case), {@code samtykke} (the parents' consent), a ground
 *                   the municipality lists (e.g. {@code tidlig-forebyggende-indsats}), or {@code underretning}
 *                   (the authority, notified of the child)
 */
public record ChildAccessGrantedV1(UUID childId, String audience, String username, String discipline, String basis,
        Instant grantedAt) {

    public static final String FAGPERSON = "fagperson";
    public static final String MYNDIGHED = "myndighed";
}
