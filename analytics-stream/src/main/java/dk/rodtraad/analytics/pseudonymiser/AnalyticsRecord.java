package dk.rodtraad.analytics.pseudonymiser;

/**
 * One record for the analysts' topic.
 *
 * @param key   the child's keyed hash (so a child's records stay in order in one partition), or for the catalogue the
 *              intervention's id
 * @param value the record's JSON
 */
record AnalyticsRecord(String key, String value) {
}
