package dk.rodtraad.contracts.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of the shared language was published ({@code dk.rodtraad.catalogue.taxonomy-published.v1}): the
 * taxonomy of signs of not thriving and the concern scale, as every department must use them. A published version
 * never changes, so what was recorded under it keeps its meaning. Carries the whole version, so a consumer keeps
 * its own copy without asking catalogue-service.
 *
 * @param taxonomyId the shared language's id: the Kafka key and CloudEvents subject of all its versions
 * @param version    1, 2, 3, ... in the order of publishing
 */
public record TaxonomyPublishedV1(UUID taxonomyId, int version, Instant publishedAt, List<SignGroup> groups,
        List<ScaleLevel> scale, AcuteFlag acute) {

    /** A group of signs, e.g. {@code social} (sociale relationer). */
    public record SignGroup(String code, String name, List<Sign> signs) {
    }

    /** One sign of not thriving, with the ages it applies to and a plain-Danish description. */
    public record Sign(String code, String name, String description, int ageFromYears, int ageToYears) {
    }

    /** A level of the concern scale: {@code green}, {@code yellow} or {@code red}, with what to do. */
    public record ScaleLevel(String code, String name, String meaning, String guidance) {
    }

    /** The separate acute flag: acute danger or suspected abuse. */
    public record AcuteFlag(String name, String guidance) {
    }
}
