package dk.rodtraad.concern.recording;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the parents were involved. */
public enum ParentContact {
    @JsonProperty("samtale") SAMTALE,
    @JsonProperty("telefon") TELEFON,
    /** møde */
    @JsonProperty("moede") MOEDE,
    @JsonProperty("brev") BREV,
    @JsonProperty("andet") ANDET
}
