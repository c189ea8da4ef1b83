package dk.rodtraad.chassis.catalogue;

import java.util.UUID;

/**
 * An intervention of the catalogue as this service's copy knows it: enough to offer it, name it and tell whether it
 * is still offered. Contact details, places and capacity stay in catalogue-service (its API).
 *
 * @param status {@code offentliggjort} (offered), {@code pause} (no new referrals for now) or {@code udgaaet}
 *               (retired for good; what named it stays understandable)
 * @param type   {@code raadgivning}, {@code netvaerksgruppe}, {@code konsultativ-sparring}, {@code civilsamfund}
 *               or {@code mellemform}
 */
public record Intervention(UUID id, String code, String name, String status, String type, String department,
        int step, int ageFromYears, int ageToYears, int waitingWeeks) {

    public static final String OFFERED = "offentliggjort";
    /** The type of the efforts of civil society (a volunteer, an association), which a network participant may be. */
    public static final String CIVIL_SOCIETY = "civilsamfund";

    /** Whether the catalogue offers it now: a new referral or agreement may name it. */
    public boolean offered() {
        return OFFERED.equals(status);
    }

    static Intervention of(InterventionCopy copy) {
        return new Intervention(copy.id, copy.code, copy.name, copy.status, copy.type, copy.department, copy.step,
                copy.ageFromYears, copy.ageToYears, copy.waitingWeeks);
    }
}
