package dk.rodtraad.systemtests.operations;

import dk.rodtraad.testkit.StackConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every relative link in the project's Markdown (the README, docs/ with its ADRs, the modules' READMEs) leads
 * somewhere: to a file or folder that is there and, where it names a heading ({@code #…}), to a heading of that
 * file, by GitHub's rule for the anchor. A document renamed or a heading reworded without its links fails here.
 */
class DocumentationLinksTest {

    private static final Path ROOT = StackConfig.repositoryRoot();
    private static final Pattern LINK = Pattern.compile("]\\(([^)\\s]+)\\)");
    private static final Pattern FENCED = Pattern.compile("(?s)```.*?```");
    private static final Set<String> NOT_OURS = Set.of("target", "node_modules", ".rodtraad", ".git", ".mvn");

    @Test
    void everyRelativeLinkLeadsToAFileAndAHeadingThatAreThere() {
        List<Path> documents = documents();
        assertTrue(documents.contains(ROOT.resolve("docs/architecture.md")), documents::toString);
        List<String> broken = documents.stream()
                .flatMap(document -> links(document).stream()
                        .filter(link -> !leadsSomewhere(document, link))
                        .map(link -> ROOT.relativize(document) + ": " + link))
                .toList();
        assertEquals(List.of(), broken, "links that lead nowhere: mend the link, or the file or heading it names");
    }

    @Test
    void aLinkToAMissingFileOrHeadingLeadsNowhere() {
        Path readme = ROOT.resolve("README.md");
        assertTrue(leadsSomewhere(readme, "docs/performance.md#soak"));
        assertTrue(leadsSomewhere(readme, "docs/adr"));
        assertTrue(leadsSomewhere(readme, "https://designsystem.dk/"));
        assertFalse(leadsSomewhere(readme, "docs/performance.md#no-such-heading"));
        assertFalse(leadsSomewhere(readme, "docs/no-such-document.md"));
        assertFalse(leadsSomewhere(readme, "#no-such-heading"));
    }

    @Test
    void anAnchorIsTheHeadingAsGitHubWritesIt() {
        assertEquals("when-the-database-goes-away", anchor("When the database goes away"));
        assertEquals("a-start-step-by-step", anchor("A start, step by step"));
        assertEquals("the-realms-keys-at-the-first-token-measured-not-taken",
                anchor("The realm's keys at the first token: measured, not taken"));
        assertEquals("åben-dialog-og-de-syv-principper", anchor("Åben Dialog og de syv principper"));
        assertEquals("reads-adr-0027", anchor("Reads (ADR 0027)"));
    }

    private static boolean leadsSomewhere(Path document, String link) {
        if (link.matches("^[a-z]+:.*")) {
            return true;
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!Files.exists(target)) {
            return false;
        }
        return hash < 0 || !target.toString().endsWith(".md") || headings(target).contains(link.substring(hash + 1));
    }

    private static List<String> links(Path document) {
        return LINK.matcher(outsideCode(read(document))).results().map(match -> match.group(1))
                .map(link -> link.startsWith("<") && link.endsWith(">") ? link.substring(1, link.length() - 1) : link)
                .toList();
    }

    private static Set<String> headings(Path document) {
        return outsideCode(read(document)).lines().filter(line -> line.startsWith("#"))
                .map(line -> anchor(line.replaceFirst("^#+", ""))).collect(Collectors.toSet());
    }

    /** GitHub's anchor of a heading: lower case, without punctuation but hyphens, spaces as hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_ -]", "").replace(' ', '-');
    }

    private static String outsideCode(String markdown) {
        return FENCED.matcher(markdown).replaceAll("");
    }

    private static List<Path> documents() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(path -> path.toString().endsWith(".md") && ours(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Not a build's output, a downloaded package or a local stack's state. */
    private static boolean ours(Path path) {
        for (Path part : ROOT.relativize(path)) {
            if (NOT_OURS.contains(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private static String read(Path document) {
        try {
            return Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
