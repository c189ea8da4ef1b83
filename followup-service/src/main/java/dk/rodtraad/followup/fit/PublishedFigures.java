package dk.rodtraad.followup.fit;

import java.math.BigDecimal;

/**
 * The published FIT figures these rules build on, in one place with their sources, as quoted in the project's domain
 * notes (shared/domain/README.md, "FIT forms"):
 * <ul>
 *   <li><b>Clinical cut-off (klinisk grænse) ORS 25 for adults</b> — Miller, Duncan, Brown, Sparks &amp; Claud (2003),
 *       "The Outcome Rating Scale: A preliminary study of the reliability, validity, and feasibility of a brief visual
 *       analog measure", Journal of Brief Therapy 2(2), 91–100.</li>
 *   <li><b>ORS 28 for young people 13–17 and CORS 32 for children 6–12</b> — Duncan, Sparks, Miller, Bohanske &amp;
 *       Claud (2006), "Giving youth a voice: A preliminary study of the reliability and validity of a brief outcome
 *       measure for children, adolescents, and caretakers", Journal of Brief Therapy 5(2), 71–88.</li>
 *   <li><b>Reliable change 5 points</b> (the reliable change index of the ORS) — Miller et al. (2003), above.</li>
 *   <li><b>Alliance concern at SRS 36 or lower, or any drop from the previous session</b> — Duncan, Miller, Sparks,
 *       Claud, Reynolds, Brown &amp; Johnson (2003), "The Session Rating Scale: Preliminary psychometric properties of
 *       a 'working' alliance measure", Journal of Brief Therapy 3(1), 3–12, and the ORS/SRS manuals' scoring advice.</li>
 *   <li><b>YCORS (under 6)</b>: no cut-off is published; none is used.</li>
 * </ul>
 */
public final class PublishedFigures {

    /** ORS, adult raters (a parent, another adult). */
    public static final BigDecimal ORS_CUT_OFF_ADULT = new BigDecimal("25");
    /** ORS, the young person's own rating, ages 13–17. */
    public static final BigDecimal ORS_CUT_OFF_YOUNG_PERSON = new BigDecimal("28");
    /** CORS, the child's own rating, ages 6–12. */
    public static final BigDecimal CORS_CUT_OFF = new BigDecimal("32");
    /** Reliable change (pålidelig forandring), in points of the 0–40 total. */
    public static final BigDecimal RELIABLE_CHANGE = new BigDecimal("5");
    /** An alliance total at or below this is a concern. */
    public static final BigDecimal ALLIANCE_CONCERN_AT_OR_BELOW = new BigDecimal("36");

    private PublishedFigures() {
    }
}
