package dk.rodtraad.catalogue.intervention;

import com.fasterxml.jackson.annotation.JsonCreator;
import dk.rodtraad.chassis.codes.Coded;

import java.util.List;
import java.util.Optional;

/** Where an intervention is in its life (status). Only a published one is offered; a paused one is shown to staff as paused. */
public enum InterventionStatus implements Coded {
    DRAFT, PUBLISHED, PAUSED, RETIRED;

    /** The Danish code, as for every code list; the constant names stay English like the rest of the code. */
    @Override
    public String code() {
        return switch (this) {
            case DRAFT -> "udkast";
            case PUBLISHED -> "offentliggjort";
            case PAUSED -> "pause";
            case RETIRED -> "udgaaet";
        };
    }

    /**
     * The steps an intervention may take: a draft is published (or dropped as retired); a published one may be paused
     * and resumed; a retired one is history and never comes back, so a referral to it stays understandable.
     */
    public boolean canBecome(InterventionStatus next) {
        return switch (this) {
            case DRAFT -> next == PUBLISHED || next == RETIRED;
            case PUBLISHED -> next == PAUSED || next == RETIRED;
            case PAUSED -> next == PUBLISHED || next == RETIRED;
            case RETIRED -> false;
        };
    }

    /**
     * The statuses to pass through, in order, to get from this one to the wanted one: a draft is published before it
     * can be paused. Empty when nothing leads there; an empty list when it is already there.
     */
    public Optional<List<InterventionStatus>> stepsTo(InterventionStatus wanted) {
        if (this == wanted) {
            return Optional.of(List.of());
        }
        if (canBecome(wanted)) {
            return Optional.of(List.of(wanted));
        }
        if (canBecome(PUBLISHED) && PUBLISHED.canBecome(wanted)) {
            return Optional.of(List.of(PUBLISHED, wanted));
        }
        return Optional.empty();
    }

    @JsonCreator
    public static InterventionStatus of(String value) {
        return Coded.parse(InterventionStatus.class, value);
    }
}
