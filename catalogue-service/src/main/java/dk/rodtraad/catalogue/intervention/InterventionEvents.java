package dk.rodtraad.catalogue.intervention;

import dk.rodtraad.contracts.catalogue.InterventionV1;

/** Maps an intervention onto its event payload: the public facts only. */
final class InterventionEvents {

    static InterventionV1 payload(Intervention i) {
        return new InterventionV1(i.id, i.code, i.revision, i.status.code(), i.name, i.shortDescription,
                i.ageFromYears, i.ageToYears, i.signs, i.type.code(), i.preventionLevel.code(), i.step, i.department,
                i.anchoring.code(), i.legalBasis, i.method, i.evidenceLevel.code(), i.access.code(), i.waitingWeeks,
                i.changedAt);
    }

    private InterventionEvents() {
    }
}
