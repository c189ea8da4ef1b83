package dk.rodtraad.chassis.timeline.web;

import io.quarkus.qute.TemplateData;

/**
 * One entry of a child's timeline in words: when (Danish, and ISO for {@code <time datetime>}), what happened, and
 * where the item can be opened on this service's pages ({@link TimelineLinks}), or null.
 */
@TemplateData
public record TimelineRow(String when, String isoWhen, String text, String href) {
}
