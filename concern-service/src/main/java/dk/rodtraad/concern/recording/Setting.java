package dk.rodtraad.concern.recording;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the professional saw the signs. */
public enum Setting {
    @JsonProperty("sundhedspleje") SUNDHEDSPLEJE,
    @JsonProperty("dagtilbud") DAGTILBUD,
    @JsonProperty("skole") SKOLE,
    @JsonProperty("fritid") FRITID,
    @JsonProperty("hjemmet") HJEMMET,
    @JsonProperty("andet") ANDET;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
