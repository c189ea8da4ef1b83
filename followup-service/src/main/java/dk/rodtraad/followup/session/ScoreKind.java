package dk.rodtraad.followup.session;

/** Which form a score is on: the outcome form at the start of a session, or the alliance form at its end. */
public enum ScoreKind {
    OUTCOME,
    ALLIANCE
}
