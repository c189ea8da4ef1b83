package dk.rodtraad.followup.session.web;

import dk.rodtraad.chassis.web.FormErrors;
import dk.rodtraad.chassis.web.FormTime;
import dk.rodtraad.followup.fit.ChildAge;
import dk.rodtraad.followup.fit.FitForm;
import dk.rodtraad.followup.fit.Rater;
import dk.rodtraad.followup.fit.Score;
import dk.rodtraad.followup.session.FormScoresRequest;
import dk.rodtraad.followup.session.RatingRequest;
import dk.rodtraad.followup.session.ScoreSessionRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A session's scores as the form sends them: the date, and for each rater the four items of the outcome form and of
 * the alliance form, each in an input of its own ({@code barn-resultat-1} … {@code anden-voksen-alliance-4}), in the
 * one tab order of the page. A number may be written with a decimal comma, as Danes write it ("7,5"), or a point, as
 * the browser's number input sends it. A rater whose inputs are all blank did not take part.
 */
public final class SessionForm {

    /** The raters in the order the page shows them, with the form's name of each. */
    static final List<Rater> ORDER = List.of(Rater.CHILD, Rater.PARENT, Rater.OTHER_ADULT);
    private static final Map<Rater, String> NAMES = Map.of(Rater.CHILD, "barn", Rater.PARENT, "foraelder",
            Rater.OTHER_ADULT, "anden-voksen");

    /** The two forms of a session: the outcome form at its start, the alliance form at its end. */
    enum Part {
        OUTCOME("resultat"), ALLIANCE("alliance");

        final String name;

        Part(String name) {
            this.name = name;
        }
    }

    private final Map<String, String> sent;

    /** @param sent every field of the form as sent, by name (the first value of each) */
    SessionForm(Map<String, String> sent) {
        this.sent = Map.copyOf(sent);
    }

    /** The input's name for an item (1–4) of a rater's form. */
    static String field(Rater rater, Part part, int item) {
        return NAMES.get(rater) + "-" + part.name + "-" + item;
    }

    /** The name that stands for all of a rater's inputs: their fieldset. */
    static String field(Rater rater) {
        return NAMES.get(rater);
    }

    /** The value as sent, for the form shown again. */
    String value(String field) {
        return FormTime.text(sent.get(field));
    }

    LocalDate heldOn(FormErrors errors) {
        return FormTime.date(sent.get("heldOn"), "heldOn", errors);
    }

    /**
     * The session as the API's request: each rater who took part (any input filled in), in the page's order, on the
     * forms that fit them and the child's age on the session's day (today's, while the date cannot be read: the date's
     * own error then stops the request).
     */
    ScoreSessionRequest request(YearMonth birthMonth, LocalDate today, FormErrors errors, String notANumber) {
        LocalDate heldOn = heldOn(errors);
        int age = Math.max(0, ChildAge.yearsAt(birthMonth, heldOn == null ? today : heldOn));
        var ratings = new ArrayList<RatingRequest>();
        for (Rater rater : ORDER) {
            if (filled(rater, Part.OUTCOME) || filled(rater, Part.ALLIANCE)) {
                ratings.add(new RatingRequest(rater,
                        new FormScoresRequest(FitForm.outcomeFor(rater, age), items(rater, Part.OUTCOME, errors, notANumber)),
                        filled(rater, Part.ALLIANCE) ? new FormScoresRequest(FitForm.allianceFor(rater, age),
                                items(rater, Part.ALLIANCE, errors, notANumber)) : null));
            }
        }
        return new ScoreSessionRequest(heldOn, ratings);
    }

    private boolean filled(Rater rater, Part part) {
        return IntStream.rangeClosed(1, Score.ITEMS).mapToObj(i -> value(field(rater, part, i)))
                .anyMatch(Objects::nonNull);
    }

    private List<BigDecimal> items(Rater rater, Part part, FormErrors errors, String notANumber) {
        var items = new ArrayList<BigDecimal>();
        for (int i = 1; i <= Score.ITEMS; i++) {
            items.add(number(field(rater, part, i), errors, notANumber));
        }
        return items;
    }

    private BigDecimal number(String field, FormErrors errors, String notANumber) {
        String text = value(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(field, notANumber);
            return null;
        }
    }
}
