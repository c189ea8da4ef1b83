package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.search.SearchFilter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How parents write, read for the family search: "min datter vil ikke i skole" becomes the words that matter, each
 * with the words the municipality counts as the same ({@code family/synonymer.txt}), as groups of PostgreSQL
 * {@code websearch_to_tsquery} text. A sentence finds what its words find: an intervention matches if it matches any
 * group, and one matching more groups ranks first.
 *
 * <ol>
 *   <li>The text is cut into lowercase words (letters and digits only, so nothing of the search syntax gets in).</li>
 *   <li>Synonym terms are recognised first, the longest first, so "vil ikke i skole" is read before "ikke" is dropped;
 *   a one-word term also matches a longer word beginning with it ("skolevægringen", "depressionen").</li>
 *   <li>Of the other words, filler ("min", "søn", "vores", …) and PostgreSQL's Danish stop words are dropped; each
 *   remaining word is a group of its own.</li>
 *   <li>A recognised group searches all its terms, or'ed: one-word terms as words, longer ones as phrases, except
 *   phrases with a negation ("vil ikke i skole"): PostgreSQL drops "ikke" as a stop word, so the phrase would search
 *   for its opposite. Such phrases only recognise what a parent writes.</li>
 * </ol>
 */
public final class FamilyWords {

    /** PostgreSQL's Danish stop words (tsearch_data/danish.stop): never searched on their own. */
    static final Set<String> STOP_WORDS = Set.of(("og i jeg det at en den til er som på de med han af for ikke der var "
            + "mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad "
            + "skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette "
            + "mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange "
            + "ad bliver hendes været thi jer sådan").split(" "));

    private static final Set<String> NEGATIONS = Set.of("ikke", "ingen", "intet", "aldrig");

    private final List<List<String>> groups;
    private final Set<String> filler;
    /** Every term of every group, the longest (in words, then letters) first: recognised in that order. */
    private final List<Term> terms;

    private record Term(List<String> words, int group) {
    }

    public FamilyWords(List<List<String>> groups, Collection<String> filler) {
        this.groups = groups.stream().map(g -> g.stream().map(FamilyWords::normalise).filter(t -> !t.isEmpty())
                .distinct().toList()).filter(g -> !g.isEmpty()).toList();
        this.filler = filler.stream().map(FamilyWords::normalise).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        var all = new ArrayList<Term>();
        for (int i = 0; i < this.groups.size(); i++) {
            for (String term : this.groups.get(i)) {
                all.add(new Term(List.of(term.split(" ")), i));
            }
        }
        all.sort(Comparator.<Term>comparingInt(t -> t.words().size()).reversed()
                .thenComparing(Comparator.<Term>comparingInt(t -> String.join(" ", t.words()).length()).reversed()));
        this.terms = List.copyOf(all);
    }

    /**
     * The synonym file: one group a line, its terms separated by commas; blank lines and lines starting with # are
     * ignored. "skolevægring, vil ikke i skole, skolefravær" makes the three the same, both ways.
     */
    public static List<List<String>> parseGroups(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> Arrays.stream(l.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList())
                .filter(g -> !g.isEmpty()).toList();
    }

    public List<List<String>> groups() {
        return groups;
    }

    /**
     * What to search for: one {@code websearch_to_tsquery('danish', …)} text per thing the parent wrote, e.g. for
     * "min søn bliver mobbet" {@code ["mobning or mobbet or …"]}. Empty if only filler was written.
     */
    public List<String> query(String text) {
        if (text == null) {
            return List.of();
        }
        String[] words = normalise(text).split(" ");
        boolean[] used = new boolean[words.length];
        var found = new LinkedHashSet<Integer>();
        var own = new LinkedHashSet<String>();
        for (Term term : terms) {
            for (int at = 0; at + term.words().size() <= words.length; at++) {
                if (matches(words, used, at, term.words())) {
                    for (int k = 0; k < term.words().size(); k++) {
                        used[at + k] = true;
                    }
                    found.add(term.group());
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!used[i] && !w.isEmpty() && !STOP_WORDS.contains(w) && !filler.contains(w)) {
                own.add(w);
            }
        }
        var query = new ArrayList<String>();
        for (int group : found) {
            String searched = groups.get(group).stream().filter(FamilyWords::searchable)
                    .map(t -> t.contains(" ") ? "\"" + t + "\"" : t).collect(Collectors.joining(" or "));
            if (!searched.isEmpty() && !query.contains(searched)) {
                query.add(searched);
            }
        }
        own.forEach(query::add);
        return List.copyOf(query);
    }

    /** The words to search for a filter's text, or null (search no text) when it has none. */
    public List<String> forFilter(SearchFilter filter) {
        return filter.text() == null ? null : query(filter.text());
    }

    private static boolean matches(String[] words, boolean[] used, int at, List<String> term) {
        for (int k = 0; k < term.size(); k++) {
            String w = words[at + k];
            String t = term.get(k);
            if (used[at + k]) {
                return false;
            }
            boolean same = w.equals(t) || term.size() == 1 && t.length() >= 4 && w.startsWith(t);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** A phrase with a negation is searched as its opposite once PostgreSQL drops "ikke": it only recognises. */
    private static boolean searchable(String term) {
        var words = List.of(term.split(" "));
        if (words.size() == 1) {
            return !STOP_WORDS.contains(term);
        }
        return words.stream().noneMatch(NEGATIONS::contains) && words.stream().anyMatch(w -> !STOP_WORDS.contains(w));
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
