package dk.rodtraad.chassis.codes;

import java.util.Arrays;

/**
 * Reads code lists an API spoke in English constant names until issue 19 (the catalogue's revision changes
 * such as {@code PUBLISHED}, document statuses such as {@code DRAFT}): a client may have stored a response from then, so the
 * old name is still understood, while the API now writes only the Danish code.
 */
public final class FormerCodes {

    /** The value by its Danish code or label (as {@link Coded#parse}), or by its former English constant name. */
    public static <E extends Enum<E> & Coded> E parse(Class<E> list, String value) {
        String wanted = value == null ? "" : value.strip();
        return Arrays.stream(list.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseGet(() -> Coded.parse(list, value));
    }

    private FormerCodes() {
    }
}
