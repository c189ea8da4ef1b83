package dk.rodtraad.catalogue.duplicate;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

/** What the katalogredaktør decided about two interventions that look like the same offer. */
public enum DuplicateDecision implements Coded {
    /** Both stay; the departments now know each other and share waiting lists, staff or referrals. */
    COORDINATED,
    /** They were one offer: one is kept, the other retired. */
    MERGED,
    /** They only look alike. */
    DISTINCT;

    @Override
    public String code() {
        return switch (this) {
            case COORDINATED -> "koordineret";
            case MERGED -> "sammenlagt";
            case DISTINCT -> "forskellige";
        };
    }

    @JsonCreator
    public static DuplicateDecision of(String value) {
        return Coded.parse(DuplicateDecision.class, value);
    }
}
