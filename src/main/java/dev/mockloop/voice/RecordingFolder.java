package dev.mockloop.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a round's audio lives: {@code <data>/recordings/<roundId>/}, holding
 * {@code segment-001.opus}, {@code segment-002.opus}, ... (one per run between a start or
 * resume and the next pause or stop) and {@code chunks.jsonl} (one line per chunk flushed:
 * where it sits on the round's clock and which of its frames were speech).
 */
public final class RecordingFolder {

    /** The folder under the data folder holding every recording. */
    public static final String ROOT = "recordings";
    static final String CHUNK_LOG = "chunks.jsonl";
    private static final Pattern SEGMENT = Pattern.compile("segment-(\\d{3,})\\.opus");
    private static final Pattern ROUND_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    private RecordingFolder() {
    }

    /** @return the folder holding every recording */
    public static Path root(Path dataDir) {
        return dataDir.resolve(ROOT);
    }

    /**
     * @return the round's folder (not created)
     * @throws IllegalArgumentException if the id is not a plain id (letters, digits, dashes), so it
     *                                  can never point outside the recordings folder
     */
    public static Path of(Path dataDir, String roundId) {
        if (roundId == null || !ROUND_ID.matcher(roundId).matches()) {
            throw new IllegalArgumentException("a round id is letters, digits and dashes, was \"" + roundId + "\"");
        }
        return root(dataDir).resolve(roundId);
    }

    /** @return segment file number {@code n} of a round's folder */
    public static Path segment(Path folder, int n) {
        return folder.resolve(String.format("segment-%03d.opus", n));
    }

    /** @return the chunk log of a round's folder */
    public static Path chunkLog(Path folder) {
        return folder.resolve(CHUNK_LOG);
    }

    /** @return the segment numbers present, ascending; empty if the folder does not exist */
    public static List<Integer> segments(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = SEGMENT.matcher(f.getFileName().toString());
                if (m.matches()) {
                    numbers.add(Integer.parseInt(m.group(1)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
        numbers.sort(null);
        return numbers;
    }

    /** @return total size of the folder's files, bytes; 0 if it does not exist */
    public static long bytes(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Deletes the folder and its files; nothing happens if it does not exist. */
    public static void delete(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
