package dk.rodtraad.followup.fit;

import dk.rodtraad.chassis.codes.Coded;

import java.util.List;

/**
 * What to consider when a series turns orange or red, as codes the pages put into Danish: talk about the alliance
 * (tal om samarbejdet) with the family and the child, adjust the intervention, involve a colleague, call a network
 * meeting. Orange asks for the first two; red for all four.
 */
public enum AlertAdvice implements Coded {
    TALK_ABOUT_ALLIANCE, ADJUST_INTERVENTION, INVOLVE_COLLEAGUE, NETWORK_MEETING;

    @Override
    public String code() {
        return switch (this) {
            case TALK_ABOUT_ALLIANCE -> "tal-om-samarbejdet";
            case ADJUST_INTERVENTION -> "juster-indsatsen";
            case INVOLVE_COLLEAGUE -> "inddrag-en-kollega";
            case NETWORK_MEETING -> "netværksmøde";
        };
    }

    /** The advice for a colour, in the order to consider it; none for grey and green. */
    public static List<AlertAdvice> forColour(FitColour colour) {
        return switch (colour) {
            case GREY, GREEN -> List.of();
            case ORANGE -> List.of(TALK_ABOUT_ALLIANCE, ADJUST_INTERVENTION);
            case RED -> List.of(TALK_ABOUT_ALLIANCE, ADJUST_INTERVENTION, INVOLVE_COLLEAGUE, NETWORK_MEETING);
        };
    }
}
