package dev.mockloop.pack.install;

import java.time.Instant;

/**
 * What the database knows about one pack beyond its files.
 *
 * @param packId    the pack's id
 * @param enabled   whether its questions are offered
 * @param authored  whether it was made in the app's editor (and so can be edited there)
 * @param origin    path or URL it was last imported from; null for a bundled pack
 * @param updatedAt when this state last changed
 */
public record PackState(String packId, boolean enabled, boolean authored, String origin, Instant updatedAt) {
}
