package dk.rodtraad.concern.recording;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the child's own view was heard, adapted to the child's age. */
public enum ChildViewMethod {
    @JsonProperty("samtale") SAMTALE,
    @JsonProperty("tegning") TEGNING,
    @JsonProperty("smiley-skala") SMILEY_SKALA,
    /** For the smallest, who cannot yet tell: what the professional saw of the child's reactions. */
    @JsonProperty("observation") OBSERVATION,
    @JsonProperty("andet") ANDET
}
