package dk.rodtraad.contracts;

/**
 * A topic as the infrastructure creates it.
 *
 * @param retentionMs how long Kafka keeps a record ({@code retention.ms}); {@link Topics#KEEP_FOREVER} for ever
 */
public record TopicSpec(String name, int partitions, long retentionMs) {
}
