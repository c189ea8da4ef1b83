package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.problem.InvalidInputException;
import dk.rodtraad.chassis.problem.Problem;
import dk.rodtraad.chassis.time.DanishDates;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bases on which a professional may join a case team: the parents' consent, or a ground the municipality lists in
 * {@code rodtraad.access.grounds} (code → Danish label). The codes that name how someone came to the case
 * ({@code sagsopretter}, {@code underretning}, ...) are never grounds one can choose.
 */
@ApplicationScoped
public class Grounds {

    /** {@code rodtraad.access.grounds.<code>=<Danish label>}. */
    @ConfigMapping(prefix = "rodtraad.access")
    public interface Config {
        Map<String, String> grounds();
    }

    private static final Set<String> RESERVED = Set.of(Basis.SAGSOPRETTER, "underretning", "foer-sagsteam",
            Basis.SAMTYKKE);

    private final Map<String, String> grounds;
    private final Clock clock;

    public Grounds(Config config, Clock clock) {
        var listed = new TreeMap<String, String>();
        config.grounds().forEach((code, label) -> {
            if (!code.matches("[a-z0-9-]{1,60}") || RESERVED.contains(code)) {
                throw new IllegalStateException("rodtraad.access.grounds: " + code + " cannot be a ground's code");
            }
            listed.put(code, label);
        });
        this.grounds = Map.copyOf(listed);
        this.clock = clock;
    }

    /** The grounds the municipality lists, code → Danish label, sorted by code. */
    public Map<String, String> listed() {
        return new TreeMap<>(grounds);
    }

    /** The Danish words for a basis code, as the team list shows it. */
    public String label(String code) {
        return switch (code) {
            case Basis.SAMTYKKE -> "Forældrenes samtykke";
            case Basis.SAGSOPRETTER -> "Oprettede sagen";
            case "foer-sagsteam" -> "Inddraget før sagsteamet";
            default -> grounds.getOrDefault(code, code);
        };
    }

    /**
     * @param field the request's field holding the basis, e.g. {@code basis}
     * @throws InvalidInputException with every problem, each on its field ({@code basis.code}, ...)
     */
    public void requireValid(String field, Basis basis) {
        var problems = new ArrayList<Problem.FieldError>();
        if (basis == null || basis.code() == null || basis.code().isBlank()) {
            problems.add(new Problem.FieldError(field + ".code",
                    "Angiv grundlaget: forældrenes samtykke eller en af kommunens hjemler"));
        } else if (basis.consent()) {
            if (basis.consentGivenOn() == null) {
                problems.add(new Problem.FieldError(field + ".consentGivenOn", "Angiv hvornår samtykket blev givet"));
            } else if (basis.consentGivenOn().isAfter(DanishDates.today(clock))) {
                problems.add(new Problem.FieldError(field + ".consentGivenOn", "Datoen må ikke ligge i fremtiden"));
            }
            if (blank(basis.consentGivenTo())) {
                problems.add(new Problem.FieldError(field + ".consentGivenTo", "Angiv hvem samtykket blev givet til"));
            }
            if (blank(basis.consentScope())) {
                problems.add(new Problem.FieldError(field + ".consentScope", "Angiv hvad samtykket omfatter"));
            }
        } else if (!grounds.containsKey(basis.code())) {
            problems.add(new Problem.FieldError(field + ".code", "Vælg samtykke eller en af kommunens hjemler: "
                    + String.join("; ", listed().values())));
        } else if (basis.consentGivenOn() != null || !blank(basis.consentGivenTo()) || !blank(basis.consentScope())) {
            problems.add(new Problem.FieldError(field + ".code", "Samtykkets oplysninger hører kun til samtykke"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
