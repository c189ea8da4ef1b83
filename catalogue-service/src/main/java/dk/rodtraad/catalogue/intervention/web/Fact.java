package dk.rodtraad.catalogue.intervention.web;

import dk.rodtraad.catalogue.intervention.InterventionContent;
import dk.rodtraad.catalogue.web.AppMessages;
import dk.rodtraad.catalogue.web.FieldLabels;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.Map;

/** One labelled field of an intervention as the page shows it; a list field has several values. */
@TemplateData
public record Fact(String label, List<String> values) {

    /** Every field of the content, in the form's order, codes shown by their Danish labels and signs by their names. */
    public static List<Fact> of(InterventionContent c, Map<String, String> signNames, AppMessages msg) {
        Map<String, String> labels = FieldLabels.of(msg);
        return List.of(
                new Fact(labels.get("code"), List.of(c.code())),
                new Fact(labels.get("name"), List.of(c.name())),
                new Fact(labels.get("shortDescription"), List.of(c.shortDescription())),
                new Fact(labels.get("longDescription"), List.of(c.longDescription())),
                new Fact(labels.get("ageFromYears"), List.of(String.valueOf(c.ageFromYears()))),
                new Fact(labels.get("ageToYears"), List.of(String.valueOf(c.ageToYears()))),
                new Fact(labels.get("signs"), c.signs().stream().map(s -> signNames.getOrDefault(s, s)).toList()),
                new Fact(labels.get("type"), List.of(c.type().label())),
                new Fact(labels.get("preventionLevel"), List.of(c.preventionLevel().label())),
                new Fact(labels.get("step"), List.of(msg.step(c.step()))),
                new Fact(labels.get("department"), List.of(c.department())),
                new Fact(labels.get("anchoring"), List.of(c.anchoring().label())),
                new Fact(labels.get("legalBasis"), List.of(c.legalBasis())),
                new Fact(labels.get("method"), optional(c.methodOrNull(), msg)),
                new Fact(labels.get("evidenceLevel"), List.of(c.evidenceLevel().label())),
                new Fact(labels.get("competences"), c.competences().isEmpty() ? List.of(msg.none()) : c.competences()),
                new Fact(labels.get("capacityPerYear"), optional(c.capacityPerYear() == null ? null : String.valueOf(c.capacityPerYear()), msg)),
                new Fact(labels.get("waitingWeeks"), List.of(msg.weeks(c.waitingWeeks()))),
                new Fact(labels.get("access"), List.of(c.access().label())),
                new Fact(labels.get("contact"), List.of(c.contact())),
                new Fact(labels.get("locations"), c.locations().isEmpty() ? List.of(msg.none()) : c.locations()));
    }

    private static List<String> optional(String value, AppMessages msg) {
        return List.of(value == null ? msg.none() : value);
    }
}
