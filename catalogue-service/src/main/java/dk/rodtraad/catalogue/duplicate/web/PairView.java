package dk.rodtraad.catalogue.duplicate.web;

import dk.rodtraad.catalogue.duplicate.DuplicateDecision;
import dk.rodtraad.catalogue.intervention.Intervention;
import dk.rodtraad.catalogue.intervention.InterventionStatus;
import dk.rodtraad.chassis.time.DanishDates;
import dk.rodtraad.chassis.web.FormErrors;
import io.quarkus.qute.TemplateData;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A pair of look-alike interventions side by side, with its verdict when decided, and the form that decides it or
 * changes the verdict.
 *
 * @param key      what tells this pair's form fields from the others' on the same page
 * @param decision the verdict in Danish, or null while the pair is open
 * @param kept     for a merged pair, the name of the one that continues; otherwise null
 */
@TemplateData
public record PairView(String key, String reason, Side first, Side second, String decision, String kept, String note,
        String decidedBy, String decidedAt, PairForm form) {

    public static PairView of(int index, String reason, Intervention first, Intervention second, DuplicateDecision decision,
            UUID kept, String note, String decidedBy, Instant decidedAt, Map<String, String> signNames, PairForm form) {
        return new PairView("p" + index, reason, Side.of(first, signNames), Side.of(second, signNames),
                decision == null ? null : decision.label(), kept == null ? null : first.id.equals(kept) ? first.name : second.name,
                note, decidedBy,
                decidedAt == null ? null : DanishDates.dateTime(decidedAt), form);
    }

    /** What the editor compares: who runs it, with which method, for which ages and signs. */
    @TemplateData
    public record Side(UUID id, String name, String department, String method, int ageFromYears, int ageToYears,
            List<String> signs, String status, boolean retired) {

        public static Side of(Intervention i, Map<String, String> signNames) {
            return new Side(i.id, i.name, i.department, i.method, i.ageFromYears, i.ageToYears,
                    i.signs.stream().map(code -> signNames.getOrDefault(code, code)).toList(), i.status.label(),
                    i.status == InterventionStatus.RETIRED);
        }
    }

    /** The verdict form as sent, and what is wrong with it; empty for a pair not yet answered, else its verdict. */
    @TemplateData
    public record PairForm(String decision, String kept, String note, FormErrors errors, String alert) {

        public static PairForm empty() {
            return new PairForm("", "", "", new FormErrors(), null);
        }
    }
}
