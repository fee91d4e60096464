package dev.mockloop.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The packs shipped inside the app. The build copies question-packs/ to the classpath;
 * {@code index.txt} there names the pack files in load order (a jar's folder cannot be listed).
 */
public final class BundledPacks {

    /** Classpath folder of the bundled packs. */
    public static final String FOLDER = "/question-packs/";

    private BundledPacks() {
    }

    /**
     * Reads the bundled packs as they are, without checking them again: BundledPacksTest
     * checks every one against the schema and rules at build time, and this runs at every
     * start-up (see {@link PackReader#readChecked}).
     *
     * @return every bundled pack, in index order
     * @throws IllegalStateException if a bundled pack is missing or unreadable, a build defect
     *                               that the bundled-pack test rules out
     */
    public static List<InstalledPack> load(PackReader reader) {
        List<InstalledPack> packs = new ArrayList<>();
        for (String name : fileNames()) {
            try {
                packs.add(new InstalledPack(reader.readChecked("question-packs/" + name, bytes(name)),
                        PackSource.BUNDLED, null));
            } catch (PackException e) {
                throw new IllegalStateException("bundled pack is unreadable: " + e.getMessage(), e);
            }
        }
        return packs;
    }

    /** @return the file names listed in index.txt, blank lines and # comments skipped */
    public static List<String> fileNames() {
        return new String(bytes("index.txt"), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = BundledPacks.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled pack file missing from the build: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
