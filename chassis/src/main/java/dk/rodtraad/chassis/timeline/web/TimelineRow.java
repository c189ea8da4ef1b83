package dk.rodtraad.chassis.timeline.web;

import io.quarkus.qute.TemplateData;

/** One entry of a child's timeline in words: when (Danish, and ISO for {@code <time datetime>}) and what happened. */
@TemplateData
public record TimelineRow(String when, String isoWhen, String text) {
}
