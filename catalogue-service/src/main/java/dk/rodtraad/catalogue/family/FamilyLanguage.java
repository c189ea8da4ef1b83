package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.language.SharedLanguage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared language as families may read it. Its sign names are staff labels; most read fine for parents
 * ("Ængstelig"), but the signs of the protected groups ({@code rodtraad.family.protected-groups}, by default
 * "Mistanke om overgreb") are staff words for a staff procedure ("Tegn på seksuelle overgreb"): families see them
 * only as one neutral topic ({@code rodtraad.family.protected.name}) with a text written for them
 * ({@code rodtraad.family.protected.text}), never the staff's labels, descriptions or guidance, and are never asked
 * to tick them.
 */
@ApplicationScoped
public class FamilyLanguage {

    private final SharedLanguage language;
    private final List<String> protectedGroups;
    private final String protectedName;
    private final String protectedText;

    public FamilyLanguage(SharedLanguage language,
            @ConfigProperty(name = "rodtraad.family.protected-groups") List<String> protectedGroups,
            @ConfigProperty(name = "rodtraad.family.protected.name") String protectedName,
            @ConfigProperty(name = "rodtraad.family.protected.text") String protectedText) {
        this.language = language;
        this.protectedGroups = protectedGroups;
        this.protectedName = protectedName;
        this.protectedText = protectedText;
    }

    /**
     * @param names     sign code to the name a family reads: the shared language's, or the neutral topic's name
     * @param protectedSigns the codes of the signs in protected groups, in the taxonomy's order
     */
    public record Words(Map<String, String> names, Set<String> protectedSigns, String protectedName, String protectedText) {

        public boolean isProtected(String sign) {
            return protectedSigns.contains(sign);
        }

        /** The signs a family may tick: code to name, without the protected ones. */
        public Map<String, String> choices() {
            var choices = new LinkedHashMap<>(names);
            protectedSigns.forEach(choices::remove);
            return choices;
        }

        /** The family's names of these signs, each once (several protected signs read as the one topic). */
        public List<String> namesOf(List<String> signs) {
            return signs.stream().map(code -> names.getOrDefault(code, code)).distinct().toList();
        }
    }

    public Uni<Words> current() {
        return language.currentOrNull().map(version -> {
            var names = new LinkedHashMap<String, String>();
            var hidden = new LinkedHashSet<String>();
            if (version != null) {
                version.content().groups().forEach(g -> g.signs().forEach(s -> {
                    boolean isProtected = protectedGroups.contains(g.code());
                    names.put(s.code(), isProtected ? protectedName : s.name());
                    if (isProtected) {
                        hidden.add(s.code());
                    }
                }));
            }
            return new Words(names, hidden, protectedName, protectedText);
        });
    }
}
