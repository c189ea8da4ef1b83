package dk.rodtraad.catalogue.family;

import dk.rodtraad.catalogue.vejviser.VejviserContent;
import dk.rodtraad.catalogue.versioning.VersionView;

import java.time.Instant;
import java.util.List;

/**
 * The Vejviser in force as anyone may read it without logging in: for each sign and level what to look for and the
 * offers that fit. What to do, whom to involve and what parents and the network can do are written for staff
 * ("overvej sparring med PPR", "Forældrene skal inddrages, medmindre …"), and the editors are the catalogue's own
 * business, so none of them leaves through this view.
 */
public record FamilyGuide(int number, Instant publishedAt, Content content) {

    public record Content(List<Entry> entries) {
    }

    /** @param interventions codes of the linked interventions; a family opens only the published ones */
    public record Entry(String sign, String level, String lookFor, List<String> interventions) {
    }

    /**
     * Only the signs families read ({@link FamilyLanguage.Words#isForFamilies}): the others' texts stay with staff. For
     * a protected sign ({@link FamilyLanguage}) even what to look for is written for staff: the family's text stands
     * in for it.
     */
    public static FamilyGuide of(VersionView<VejviserContent> published, FamilyLanguage.Words words) {
        return new FamilyGuide(published.number(), published.publishedAt(), new Content(published.content().entries()
                .stream().filter(e -> words.isForFamilies(e.sign())).map(e -> words.isProtected(e.sign())
                        ? new Entry(e.sign(), e.level(), words.protectedText(), e.interventions())
                        : new Entry(e.sign(), e.level(), e.lookFor(), e.interventions()))
                .toList()));
    }
}
