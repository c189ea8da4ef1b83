package dk.rodtraad.concern.access;

import dk.rodtraad.chassis.input.WorkDate;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Why a professional may join a child's case team: the parents' consent ({@code samtykke}, with when it was given, to
 * whom and for what), or a ground the municipality lists ({@link Grounds}). Knowing a CPR number is never a basis.
 */
public record Basis(
        @Size(max = 60, message = "Højst 60 tegn") String code,
        @WorkDate(happened = true) LocalDate consentGivenOn,
        @Size(max = 200, message = "Højst 200 tegn") String consentGivenTo,
        @Size(max = 1000, message = "Højst 1000 tegn") String consentScope) {

    public static final String SAMTYKKE = "samtykke";
    public static final String SAGSOPRETTER = "sagsopretter";

    public boolean consent() {
        return SAMTYKKE.equals(code);
    }
}
