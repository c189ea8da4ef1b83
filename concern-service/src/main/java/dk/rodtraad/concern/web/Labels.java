package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Danish words for the codes a child's page shows: disciplines, signs by the shared language in force, and why the
 * municipality acts for a young adult.
 */
public final class Labels {

    private final Map<String, String> signNames = new HashMap<>();
    private final Map<String, String> ageReasons;

    /**
     * @param inForce    the shared language in force; sign codes it does not know show as their codes
     * @param ageReasons the municipality's reasons to act for a young adult, code → label
     */
    public Labels(Optional<TaxonomyPublishedV1> inForce, Map<String, String> ageReasons) {
        this.ageReasons = ageReasons;
        inForce.ifPresent(language -> language.groups().forEach(group -> group.signs()
                .forEach(sign -> signNames.put(sign.code(), sign.name()))));
    }

    public List<String> signs(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(code -> signNames.getOrDefault(code, code)).toList();
    }

    /** @return the reason's label, its code when it is no longer listed, null for none */
    public String ageReason(String code) {
        return code == null ? null : ageReasons.getOrDefault(code, code);
    }

    public static String profession(String claim) {
        return claim == null ? "" : Profession.ofClaim(claim).map(Profession::label).orElse(claim);
    }
}
