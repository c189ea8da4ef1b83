package dk.rodtraad.concern.notification;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The authority's assessment, due within 24 hours of receipt, of whether the child needs help at once. */
public enum Urgency {
    AKUT,
    IKKE_AKUT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
