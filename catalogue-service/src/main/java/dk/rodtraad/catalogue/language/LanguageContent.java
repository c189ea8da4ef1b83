package dk.rodtraad.catalogue.language;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * One version's content of the shared language (fælles sprog): the taxonomy of signs of not thriving, grouped, and
 * the concern scale with its acute flag. The rules across fields are in {@link LanguageRules}.
 */
public record LanguageContent(
        @NotEmpty(message = "Angiv mindst én gruppe af tegn") List<@NotNull @Valid SignGroup> groups,
        @NotNull(message = "Angiv skalaens tre niveauer") @Size(min = 3, max = 3, message = "Skalaen har præcis tre niveauer: green, yellow, red") List<@NotNull @Valid ScaleLevel> scale,
        @NotNull(message = "Angiv akut-markeringen") @Valid AcuteFlag acute) {

    static final String CODE = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String CODE_MESSAGE = "Kun små bogstaver a-z, tal og bindestreg";

    public record SignGroup(
            @NotBlank(message = "Angiv en kode") @Pattern(regexp = CODE, message = CODE_MESSAGE) @Size(max = 60) String code,
            @NotBlank(message = "Angiv et navn") @Size(max = 200) String name,
            @NotEmpty(message = "Angiv mindst ét tegn") List<@NotNull @Valid Sign> signs) {
    }

    public record Sign(
            @NotBlank(message = "Angiv en kode") @Pattern(regexp = CODE, message = CODE_MESSAGE) @Size(max = 60) String code,
            @NotBlank(message = "Angiv et navn") @Size(max = 200) String name,
            @NotBlank(message = "Beskriv tegnet i et klart sprog") @Size(max = 2000) String description,
            @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") int ageFromYears,
            @Min(value = 0, message = "Mindst 0 år") @Max(value = 25, message = "Højst 25 år") int ageToYears) {
    }

    public record ScaleLevel(
            @NotBlank(message = "Angiv green, yellow eller red") @Size(max = 20) String code,
            @NotBlank(message = "Angiv et navn") @Size(max = 100) String name,
            @NotBlank(message = "Angiv hvad niveauet betyder") @Size(max = 500) String meaning,
            @NotBlank(message = "Angiv hvad man gør") @Size(max = 2000) String guidance) {
    }

    public record AcuteFlag(
            @NotBlank(message = "Angiv et navn") @Size(max = 100) String name,
            @NotBlank(message = "Angiv hvad man gør") @Size(max = 2000) String guidance) {
    }
}
