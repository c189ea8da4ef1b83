package dk.rodtraad.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of the Vejviser (the guide) was published ({@code dk.rodtraad.catalogue.vejviser-published.v1}): for
 * each sign of not thriving and each level of the concern scale, what to look for and what to do. A published
 * version never changes.
 *
 * @param languageVersion the shared language version whose signs the entries refer to
 */
public record VejviserPublishedV1(UUID vejviserId, int version, int languageVersion, Instant publishedAt,
        List<Entry> entries) {

    /**
     * @param level         {@code green}, {@code yellow} or {@code red}
     * @param interventions codes of published interventions that fit
     */
    public record Entry(String sign, String level, String lookFor, String whatToDo, String whomToInvolve,
            String parentsAndNetwork, List<String> interventions) {
    }
}
