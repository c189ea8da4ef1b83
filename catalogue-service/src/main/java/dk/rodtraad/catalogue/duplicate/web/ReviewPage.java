package dk.rodtraad.catalogue.duplicate.web;

import dk.rodtraad.chassis.web.Page;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * One page of the duplicate review, {@value Page#SIZE} pairs at a time: the open pairs first, then the decided ones,
 * with one pagination below both. A catalogue whose departments run the same methods has pairs by the thousand (the
 * demo catalogue copied to five departments: 2,000 interventions), and a page with every one of them, each with its
 * table and form, was megabytes that a browser took tens of seconds to lay out.
 *
 * @param pages        the pairs of this page, of the open and decided ones in that order, and its pagination
 * @param open         this page's open pairs
 * @param decided      this page's decided pairs
 * @param openTotal    how many open pairs the search finds in all
 * @param decidedTotal how many decided pairs it finds in all
 */
@TemplateData
public record ReviewPage(Page<PairView> pages, List<PairView> open, List<PairView> decided, int openTotal,
        int decidedTotal) {

    /**
     * @param number which page was asked for; a page past the last is the last
     * @param shown  the pair that must be on the page, whatever was asked for (the one whose form came back with an
     *               error); none when no pair passes
     */
    public static ReviewPage of(List<PairView> open, List<PairView> decided, int number, Predicate<PairView> shown,
            String link) {
        var all = new ArrayList<PairView>(open);
        all.addAll(decided);
        int index = IntStream.range(0, all.size()).filter(i -> shown.test(all.get(i))).findFirst().orElse(-1);
        Page<PairView> page = Page.slice(all, index < 0 ? number : index / Page.SIZE + 1, link);
        // the open pairs come first in the whole list, so those of this page are its first ones
        int openHere = Math.clamp(open.size() - Page.offset(page.number()), 0, page.items().size());
        return new ReviewPage(page, page.items().subList(0, openHere),
                page.items().subList(openHere, page.items().size()), open.size(), decided.size());
    }

    /** The open pairs' heading belongs on this page: some are here, or there are none and this is the first page. */
    public boolean showsOpenHeading() {
        return !open.isEmpty() || openTotal == 0 && pages.first();
    }

    /** The decided pairs' heading belongs here: some are here, or there are none and this is the last page. */
    public boolean showsDecidedHeading() {
        return !decided.isEmpty() || decidedTotal == 0 && pages.last();
    }
}
