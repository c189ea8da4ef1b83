package dk.rodtraad.concern.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/**
 * The parents' consent behind a joining (basis {@code samtykke}): when it was given, to whom and what it covers. Kept
 * with the member it let in ({@link CaseTeamMember}) and with the request that asked on it ({@link JoinRequest}).
 */
@Embeddable
public class Consent {

    @Column(name = "consent_given_on")
    public LocalDate givenOn;

    @Column(name = "consent_given_to")
    public String givenTo;

    @Column(name = "consent_scope")
    public String scope;

    /** The consent a basis gives, as stored; null for a basis that is not consent. */
    static Consent of(Basis basis) {
        if (!basis.consent()) {
            return null;
        }
        var consent = new Consent();
        consent.givenOn = basis.consentGivenOn();
        consent.givenTo = basis.consentGivenTo().strip();
        consent.scope = basis.consentScope().strip();
        return consent;
    }

    /** The consent, or one with nothing in it when the basis was not consent (the columns are then empty). */
    static Consent orNone(Consent consent) {
        return consent == null ? new Consent() : consent;
    }
}
