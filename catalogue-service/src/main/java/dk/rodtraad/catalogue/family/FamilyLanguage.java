package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.language.LanguageContent;
import dk.rodtraad.catalogue.language.SharedLanguage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The shared language as families may read it: only in words written for families. Its sign names are staff labels,
 * so a family reads a sign by its family wording ({@code family/tegn.properties}) or not at all: a sign without one
 * (a new sign, or one whose staff label judges the parents) is left out of the family's pages. The signs of the
 * protected groups and the protected signs ({@code rodtraad.family.protected-groups}, {@code -signs}, by default
 * "Mistanke om overgreb" and its three signs, wherever an editor puts them) are staff words for a staff procedure
 * ("Tegn på seksuelle overgreb"): families see them only as one neutral topic ({@code rodtraad.family.protected.name})
 * with a text written for them ({@code rodtraad.family.protected.text}), never the staff's labels, descriptions or
 * guidance, and are never asked to tick them.
 */
@ApplicationScoped
public class FamilyLanguage {

    static final String WORDING = "family/tegn.properties";

    private final SharedLanguage language;
    private final Rules rules;

    public FamilyLanguage(SharedLanguage language,
            @ConfigProperty(name = "rodtraad.family.protected-groups") List<String> protectedGroups,
            @ConfigProperty(name = "rodtraad.family.protected-signs") List<String> protectedSigns,
            @ConfigProperty(name = "rodtraad.family.protected.name") String protectedName,
            @ConfigProperty(name = "rodtraad.family.protected.text") String protectedText) {
        this.language = language;
        this.rules = new Rules(wording(), Set.copyOf(protectedGroups), Set.copyOf(protectedSigns), protectedName,
                protectedText);
    }

    /**
     * @param wording         sign code to the family's words for it: the signs a family may read by name
     * @param protectedGroups codes of the groups whose signs are the neutral topic
     * @param protectedSigns  codes of the signs that are the neutral topic, in whichever group
     */
    public record Rules(Map<String, String> wording, Set<String> protectedGroups, Set<String> protectedSigns,
            String protectedName, String protectedText) {

        /** The family's words for the signs of this version of the shared language. */
        public Words apply(LanguageContent content) {
            var names = new LinkedHashMap<String, String>();
            var hidden = new LinkedHashSet<String>();
            if (content != null) {
                content.groups().forEach(g -> g.signs().forEach(s -> {
                    if (protectedGroups.contains(g.code()) || protectedSigns.contains(s.code())) {
                        names.put(s.code(), protectedName);
                        hidden.add(s.code());
                    } else if (wording.containsKey(s.code())) {
                        names.put(s.code(), wording.get(s.code()));
                    }
                }));
            }
            return new Words(names, hidden, protectedName, protectedText);
        }
    }

    /**
     * @param names          sign code to the name a family reads: its family wording, or the neutral topic's name;
     *                       a sign that is not here is not for families
     * @param protectedSigns the codes of the protected signs, in the taxonomy's order
     */
    public record Words(Map<String, String> names, Set<String> protectedSigns, String protectedName, String protectedText) {

        public boolean isProtected(String sign) {
            return protectedSigns.contains(sign);
        }

        /** Whether families read this sign at all: by its family wording, or as the neutral topic. */
        public boolean isForFamilies(String sign) {
            return names.containsKey(sign);
        }

        /** The signs a family may tick: code to family wording, without the protected ones. */
        public Map<String, String> choices() {
            var choices = new LinkedHashMap<>(names);
            protectedSigns.forEach(choices::remove);
            return choices;
        }

        /** The family's names of these signs, each once (several protected signs read as the one topic); the others left out. */
        public List<String> namesOf(List<String> signs) {
            return signs.stream().map(names::get).filter(Objects::nonNull).distinct().toList();
        }
    }

    public Uni<Words> current() {
        return language.currentOrNull().map(version -> rules.apply(version == null ? null : version.content()));
    }

    /** @return sign code to the family's words, from {@value #WORDING} */
    static Map<String, String> wording() {
        var properties = new Properties();
        try (var in = FamilyLanguage.class.getClassLoader().getResourceAsStream(WORDING)) {
            properties.load(new InputStreamReader(Objects.requireNonNull(in, WORDING), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var wording = new LinkedHashMap<String, String>();
        properties.stringPropertyNames().forEach(code -> wording.put(code, properties.getProperty(code).strip()));
        return Map.copyOf(wording);
    }
}
