package dk.rodtraad.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.qute.TemplateData;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An error as RFC 9457 {@code application/problem+json}, with the offending fields in {@code errors}.
 * Titles and details are Danish: they reach the staff's screens.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field the request field's name as the client sent it, e.g. {@code child.cpr}; shown on a refusal page
     *              too ({@code TemplateData})
     */
    @TemplateData
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return of(status, title, detail, List.of());
    }

    /** A refusal with a list of fields, e.g. the form field that is too long for a {@code 413}. */
    public static Problem of(int status, String title, String detail, List<FieldError> errors) {
        return new Problem(URI.create("about:blank"), title, status, detail, errors);
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(URI.create("https://rodtraad.dk/problems/invalid-input"), "Ugyldige oplysninger", 400,
                "Ret de markerede felter og prøv igen. Intet er gemt.", errors);
    }

    /**
     * The first {@code most} errors, then one under {@code field} saying how many more there are and what to do.
     *
     * @param next what the client does to see the rest, e.g. "Ret de viste, og send igen for at se resten."
     */
    public static List<FieldError> atMost(List<FieldError> errors, int most, String field, String next) {
        if (errors.size() <= most) {
            return errors;
        }
        var shown = new ArrayList<>(errors.subList(0, most));
        shown.add(new FieldError(field, String.format(DANISH, "… og %,d fejl mere. %s", errors.size() - most, next)));
        return List.copyOf(shown);
    }

    /** Numbers as a Danish reader writes them: 20.000. */
    static final Locale DANISH = Locale.of("da", "DK");
}
