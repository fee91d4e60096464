package dev.mockloop.pack;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A checked pack with everything that travels with it, ready to be installed or exported:
 * the pack file's bytes as they will be stored, and its assets.
 *
 * @param origin where it came from, shown to the user: a path, a URL, or "authored"
 * @param pack   the pack, valid
 * @param json   the content of its pack.json, UTF-8
 * @param assets files of its {@code assets/} folder keyed by relative path (e.g.
 *               {@code assets/diagram.png}), in path order; may be empty
 */
public record PackBundle(String origin, Pack pack, byte[] json, Map<String, byte[]> assets) {

    /** The name of the pack file inside a zip or folder pack. */
    public static final String PACK_FILE = "pack.json";

    /** The folder inside a pack that holds its assets. */
    public static final String ASSETS_FOLDER = "assets";

    public PackBundle {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(json, "json");
        assets = Collections.unmodifiableMap(new TreeMap<>(assets));
    }

    /** A bundle of a lone pack file, without assets. */
    public static PackBundle of(String origin, Pack pack, byte[] json) {
        return new PackBundle(origin, pack, json, Map.of());
    }

    /** @return the total size of pack.json and the assets, in bytes */
    public long totalBytes() {
        return json.length + assets.values().stream().mapToLong(a -> a.length).sum();
    }
}
