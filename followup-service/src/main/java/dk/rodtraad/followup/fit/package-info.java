/**
 * The FIT rules (Feedback Informed Treatment), pure: no Quarkus, no database, unit tests only. What a newcomer looks
 * for, and where it is:
 * <ul>
 *   <li>the forms — outcome ORS / CORS / YCORS at the start of a session, alliance SRS / CSRS / YCSRS at its end —
 *       and which one a rater fills in: {@link dk.rodtraad.followup.fit.FitForm}, {@link dk.rodtraad.followup.fit.Rater};</li>
 *   <li>a score of four items 0–10 with one decimal: {@link dk.rodtraad.followup.fit.Score};</li>
 *   <li>the clinical cut-off (klinisk grænse: ORS 25 adults, 28 ages 13–17, CORS 32):
 *       {@link dk.rodtraad.followup.fit.ClinicalCutOff};</li>
 *   <li>reliable change (pålidelig forandring, 5 points): {@link dk.rodtraad.followup.fit.ReliableChange};</li>
 *   <li>the alliance (samarbejdet; concern at 36 or lower, or a drop): {@link dk.rodtraad.followup.fit.AllianceCheck};</li>
 *   <li>expected progress (forventet fremgang), the open default rule and the one derived from the municipality's own
 *       ended plans: {@link dk.rodtraad.followup.fit.ExpectationRule};</li>
 *   <li>the colours grey/green/orange/red, the trend and the advice, all from one entry point:
 *       {@link dk.rodtraad.followup.fit.FitAssessment#assess}.</li>
 * </ul>
 * The published figures and their sources are in {@link dk.rodtraad.followup.fit.PublishedFigures}. The software
 * stores scores, dates and raters' roles, never the forms' wording: the forms are licensed to agencies. The
 * proprietary expected-progress curves are not copied; expectations come from the open figures and the
 * municipality's own data.
 */
package dk.rodtraad.followup.fit;
