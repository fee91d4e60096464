package dev.mockloop.pack.install;

/**
 * One import as the log keeps it.
 *
 * @param packId      the pack's id
 * @param fromVersion the version replaced, or null for a new pack
 * @param toVersion   the version installed
 * @param origin      path or URL it came from
 * @param authored    whether it was saved from the app's editor
 * @param counts      the report's buckets
 */
public record ImportRecord(String packId, String fromVersion, String toVersion, String origin, boolean authored,
                           ImportCounts counts) {
}
