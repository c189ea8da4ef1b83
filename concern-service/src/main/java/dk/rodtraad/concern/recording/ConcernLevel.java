package dk.rodtraad.concern.recording;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shared concern scale (TOPI's traffic light), the same in every department. */
public enum ConcernLevel {
    /** grøn: the child thrives. */
    @JsonProperty("green") GREEN,
    /** gul: increased attention (øget opmærksomhed). */
    @JsonProperty("yellow") YELLOW,
    /** rød: serious concern (alvorlig bekymring). */
    @JsonProperty("red") RED;

    /** The code on the published language (events). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
