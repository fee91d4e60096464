package dev.mockloop.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which question tags train which rubric dimension: estimation is trained by capacity,
 * scaling and latency questions, operability by incident and rollback ones. "Surprise me"
 * uses it to prefer questions that train the user's weakest dimension. The bundled map is
 * {@code dimension-tags.txt} beside this class, written against question-packs/tags.txt.
 *
 * @param tags dimension id to the tags that train it; a dimension absent from the map has no
 *             tags of its own (every question of a pack that scores it trains it)
 */
public record DimensionTags(Map<String, Set<String>> tags) {

    private static final String RESOURCE = "dimension-tags.txt";

    public DimensionTags {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        tags.forEach((dimension, list) -> copy.put(dimension, Set.copyOf(list)));
        tags = Map.copyOf(copy);
    }

    /**
     * @return the map shipped with the app
     * @throws IllegalStateException if the resource is missing or malformed, a build defect its test rules out
     */
    public static DimensionTags bundled() {
        try (InputStream in = DimensionTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text lines of {@code dimension-id: tag tag ...}; blank lines and {@code #} comments skipped
     * @return the map
     * @throws IllegalStateException naming the line that has no colon, no dimension or no tags
     */
    static DimensionTags parse(String text) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        int number = 0;
        for (String line : text.lines().toList()) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int colon = content.indexOf(':');
            String dimension = colon < 0 ? "" : content.substring(0, colon).strip();
            Set<String> tags = colon < 0 ? Set.of() : new LinkedHashSet<>(Arrays.stream(
                    content.substring(colon + 1).strip().split("\\s+")).filter(t -> !t.isEmpty()).toList());
            if (dimension.isEmpty() || tags.isEmpty()) {
                throw new IllegalStateException(RESOURCE + " line " + number
                        + " is not \"dimension-id: tag tag ...\": " + content);
            }
            map.merge(dimension, tags, (a, b) -> {
                Set<String> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        return new DimensionTags(map);
    }

    /** @return the tags that train the dimension; empty when it has none of its own */
    public Set<String> of(String dimensionId) {
        return tags.getOrDefault(dimensionId, Set.of());
    }
}
