package dk.rodtraad.chassis.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The realm roles of {@link Roles} with the Danish word the UI shows for each: the one place a role code becomes a
 * label. Keycloak's technical roles ({@code offline_access}, {@code uma_authorization},
 * {@code default-roles-rodtraad}) and any other unknown code have no label and are not shown. The words are in
 * lower case like {@link Profession}'s, as a function is written in a Danish sentence ("Karin Vestergaard
 * (katalogredaktør)").
 */
public enum Role {
    FAGPERSON(Roles.FAGPERSON, "fagperson"),
    MYNDIGHED(Roles.MYNDIGHED, "myndighed"),
    KATALOGREDAKTOER(Roles.KATALOGREDAKTOER, "katalogredaktør"),
    ANALYTIKER(Roles.ANALYTIKER, "analytiker"),
    DATABESKYTTELSE(Roles.DATABESKYTTELSE, "databeskyttelse"),
    ADMIN(Roles.ADMIN, "administrator"),
    LEDER(Roles.LEDER, "leder");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The role's name in Keycloak and in {@code @RolesAllowed}, e.g. {@code katalogredaktoer}. */
    public String code() {
        return code;
    }

    /** The Danish word, as the UI shows it, e.g. "katalogredaktør". */
    public String label() {
        return label;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** The Rød Tråd roles among a token's roles, in this enum's order; technical and unknown codes left out. */
    public static List<Role> of(Collection<String> codes) {
        return Arrays.stream(values()).filter(r -> codes.contains(r.code)).toList();
    }
}
