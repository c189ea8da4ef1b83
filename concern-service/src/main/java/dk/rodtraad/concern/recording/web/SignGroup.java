package dk.rodtraad.concern.recording.web;

import dk.rodtraad.chassis.web.Option;
import dk.rodtraad.contracts.catalogue.TaxonomyPublishedV1;
import io.quarkus.qute.TemplateData;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A group of the shared language's signs as checkboxes.
 *
 * @param first true for the first group, whose first box carries the id {@code f-signs} the error summary links to
 */
@TemplateData
public record SignGroup(int index, String name, List<Option> signs, boolean first) {

    static List<SignGroup> of(TaxonomyPublishedV1 language, List<String> chosen) {
        var groups = language.groups();
        return IntStream.range(0, groups.size()).mapToObj(i -> new SignGroup(i, groups.get(i).name(),
                groups.get(i).signs().stream()
                        .map(sign -> new Option(sign.code(), sign.name(), null, chosen.contains(sign.code())))
                        .toList(), i == 0)).toList();
    }
}
