package dk.rodtraad.followup.fit;

/** A score on a named form: what one rater filled in once. */
public record Rating(FitForm form, Score score) {

    public Rating {
        if (form == null || score == null) {
            throw new IllegalArgumentException("A rating needs a form and a score");
        }
    }
}
