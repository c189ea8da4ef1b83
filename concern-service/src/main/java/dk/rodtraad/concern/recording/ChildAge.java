package dk.rodtraad.concern.recording;

import dk.rodtraad.chassis.problem.InvalidInputException;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The age rule (alder) of a concern: the child was born on or before the date the signs were seen, and was under
 * 18 then, unless the concern names why the municipality still acts for a young adult: a reason the municipality
 * lists in {@code rodtraad.age.reasons}, each with the age at which it ends (efterværn, Barnets lov, until 23).
 * Both refusals are on {@code child.cpr}, as the birth date is the CPR number's.
 */
@ApplicationScoped
public class ChildAge {

    /** The age of majority: from this birthday on, a concern needs a listed reason. */
    public static final int ADULT = 18;

    /**
     * {@code rodtraad.age.reasons.<code>.label=<Danish label>} and {@code rodtraad.age.reasons.<code>.until-age=<age>}:
     * a reason holds while the person is younger than its {@code until-age}.
     */
    @ConfigMapping(prefix = "rodtraad.age")
    public interface Config {
        Map<String, ReasonConfig> reasons();

        interface ReasonConfig {
            String label();

            int untilAge();
        }
    }

    /** Why the municipality still acts for someone 18 or older, and the age at which that ends. */
    public record Reason(String label, int untilAge) {
    }

    private final Map<String, Reason> reasons;

    @Inject
    public ChildAge(Config config) {
        this(config.reasons().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new Reason(e.getValue().label(), e.getValue().untilAge()))));
    }

    ChildAge(Map<String, Reason> reasons) {
        reasons.forEach((code, reason) -> {
            if (!code.matches("[a-z0-9-]{1,60}") || reason.untilAge() <= ADULT) {
                throw new IllegalStateException("rodtraad.age.reasons: " + code + " needs a code of lowercase letters, "
                        + "digits and '-' and an until-age above " + ADULT);
            }
        });
        this.reasons = Map.copyOf(reasons);
    }

    /** The listed reasons, code → Danish label, sorted by code (the form's choices). */
    public Map<String, String> labels() {
        var labels = new TreeMap<String, String>();
        reasons.forEach((code, reason) -> labels.put(code, reason.label()));
        return labels;
    }

    /**
     * A concern for a child not yet born is not a concern about a child but an underretning on its own ground
     * ({@link #requireUnder18}).
     *
     * @param reasonCode why the municipality acts for someone 18 or older; null or blank when none is named
     * @return the code of the reason the concern rests on when the person was 18 or older on the day, else null (a
     *         reason named for a child is not kept: it says nothing)
     * @throws InvalidInputException on {@code child.cpr} when the child was not yet born or too old on the day, on
     *                               {@code ageReason} for a reason that is not listed
     */
    public String require(LocalDate born, LocalDate observedOn, String reasonCode) {
        if (born.isAfter(observedOn)) {
            throw new InvalidInputException("child.cpr", "Barnet er ifølge CPR-nummeret født efter den dato, du så tegnene");
        }
        Reason reason = null;
        if (reasonCode != null && !reasonCode.isBlank()) {
            reason = reasons.get(reasonCode.strip());
            if (reason == null) {
                throw new InvalidInputException("ageReason", "Vælg en af kommunens grunde: " + String.join("; ", labels().values()));
            }
        }
        int age = Period.between(born, observedOn).getYears();
        if (age >= ADULT && reason == null) {
            throw new InvalidInputException("child.cpr", "Personen var fyldt " + ADULT + " år den dag, du så tegnene. "
                    + "Angiv hvorfor kommunen stadig handler (fx efterværn), eller tjek CPR-nummeret");
        }
        if (reason != null && age >= reason.untilAge()) {
            throw new InvalidInputException("child.cpr", "Personen var fyldt " + reason.untilAge() + " år den dag, du så "
                    + "tegnene. »" + reason.label() + "« gælder kun, til den unge fylder " + reason.untilAge());
        }
        return age >= ADULT ? reasonCode.strip() : null;
    }

    /**
     * The age rule of an underretning made directly: the duty to notify (Barnets lov § 133) is about a child or young
     * person under 18, so the child is born and not yet 18 on the day. An unborn child has no CPR number: its
     * underretning ({@code ufoedt-barn}) names the expectant mother, and this rule is not asked. (A concern for a young
     * adult in efterværn may still be notified from the concern, whose age was checked when it was recorded.)
     *
     * @param field the request's field that named the child ({@code child.cpr} or {@code child.id})
     * @throws InvalidInputException on {@code field} when the child is not yet born or is 18 or older today
     */
    public static void requireUnder18(LocalDate born, LocalDate today, String field) {
        if (born.isAfter(today)) {
            throw new InvalidInputException(field, "Barnet er ifølge CPR-nummeret ikke født endnu. Om et ufødt barn "
                    + "underretter du med grunden »ufødt barn« og den vordende mors CPR-nummer");
        }
        if (Period.between(born, today).getYears() >= ADULT) {
            throw new InvalidInputException(field, "Personen er fyldt " + ADULT + " år. Underretningspligten gælder "
                    + "børn og unge under " + ADULT + " år (om et ufødt barn: vælg grunden »ufødt barn«); tjek "
                    + "CPR-nummeret");
        }
    }
}
