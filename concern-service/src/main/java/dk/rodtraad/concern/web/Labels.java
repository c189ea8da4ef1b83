package dk.rodtraad.concern.web;

import dk.rodtraad.chassis.security.Profession;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Danish words for the codes a child's page shows: disciplines, and signs by the shared language in force. */
public final class Labels {

    private final Map<String, String> signNames = new HashMap<>();

    /** @param inForce the shared language in force; sign codes it does not know show as their codes */
    public Labels(Optional<TaxonomyPublishedV1> inForce) {
        inForce.ifPresent(language -> language.groups().forEach(group -> group.signs()
                .forEach(sign -> signNames.put(sign.code(), sign.name()))));
    }

    public List<String> signs(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(code -> signNames.getOrDefault(code, code)).toList();
    }

    public static String profession(String claim) {
        return claim == null ? "" : Profession.ofClaim(claim).map(Profession::label).orElse(claim);
    }
}
