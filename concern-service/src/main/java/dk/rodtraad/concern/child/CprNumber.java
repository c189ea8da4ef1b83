package dk.rodtraad.concern.child;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * A Danish CPR number, kept as its ten digits.
 *
 * <p>The number is never rejected for failing the modulus-11 check: numbers without it have been issued since
 * 2007. The birth date's century comes from the seventh digit (the first serial digit) together with the year
 * digits, following the CPR office's rules.
 *
 * <p>{@link #toString()} masks the serial digits because records end up in logs; use {@link #formatted()} where
 * the full number is meant to be shown.
 */
public record CprNumber(String digits) {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern WRITTEN_FORM = Pattern.compile("\\d{6}-?\\d{4}");

    public CprNumber {
        if (digits == null || !TEN_DIGITS.matcher(digits).matches()) {
            throw new InvalidCprNumberException("CPR-nummeret skal have formen DDMMÅÅ-XXXX");
        }
        birthDateOf(digits);
    }

    /** Accepts "DDMMYY-SSSS" and "DDMMYYSSSS", with surrounding whitespace. */
    public static CprNumber parse(String text) {
        var trimmed = text == null ? "" : text.strip();
        if (!WRITTEN_FORM.matcher(trimmed).matches()) {
            throw new InvalidCprNumberException("CPR-nummeret skal have formen DDMMÅÅ-XXXX");
        }
        return new CprNumber(trimmed.replace("-", ""));
    }

    public LocalDate birthDate() {
        return birthDateOf(digits);
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    /** The full number as "DDMMYY-SSSS". */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public String toString() {
        return digits.substring(0, 6) + "-****";
    }

    private static LocalDate birthDateOf(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int centuryDigit = digits.charAt(6) - '0';
        try {
            return LocalDate.of(century(centuryDigit, yy) + yy, month, day);
        } catch (DateTimeException e) {
            throw new InvalidCprNumberException("CPR-nummeret indeholder en dato, der ikke findes");
        }
    }

    private static int century(int centuryDigit, int yy) {
        return switch (centuryDigit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800;
        };
    }
}
