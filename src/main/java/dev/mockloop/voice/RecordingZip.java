package dev.mockloop.voice;

import dev.mockloop.export.StagedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The recordings of exported attempts as one zip beside the export,
 * {@code <export name>-recordings.zip}, holding {@code <round id>/segment-NNN.opus} (Ogg Opus,
 * playable as they are). Written with the JDK's {@code java.util.zip} under a temporary name
 * and moved into place only when complete, so a failure (a full disk, an unreadable segment)
 * leaves no partial zip. The segments are stored, not deflated: Opus does not compress further.
 */
public final class RecordingZip {

    private final Path dataDir;

    /** @param dataDir the data folder, whose {@code recordings/} the segments come from */
    public RecordingZip(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * What the zip of some rounds would hold.
     *
     * @param rounds how many of the rounds have audio
     * @param bytes  the size of their segments, bytes (the zip is a few hundred bytes more)
     */
    public record Contents(int rounds, long bytes) {
        /** @return whether there is no audio to include */
        public boolean isEmpty() {
            return rounds == 0;
        }
    }

    /** @return the zip beside an export file: {@code mockloop-attempts.csv} gives {@code mockloop-attempts-recordings.zip} */
    public static Path beside(Path export) {
        String name = export.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return export.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-recordings.zip");
    }

    /**
     * @return the name of a round's audio inside the zip, {@code <round id>/}, or "" when the
     *         round has no segment (never recorded, or its audio deleted); reads the disk
     */
    public String entryOf(String roundId) {
        return segments(roundId).isEmpty() ? "" : roundId + "/";
    }

    /** @return how many of these rounds have audio, and its size (reads the disk) */
    public Contents measure(Collection<String> roundIds) {
        int rounds = 0;
        long bytes = 0;
        for (String id : roundIds) {
            List<Path> segments = segments(id);
            if (!segments.isEmpty()) {
                rounds++;
                for (Path segment : segments) {
                    try {
                        bytes += Files.size(segment);
                    } catch (IOException e) {
                        // gone since it was listed: not in the zip either
                    }
                }
            }
        }
        return new Contents(rounds, bytes);
    }

    /**
     * Writes the segments of these rounds (those that have any) into a zip, replacing a zip
     * already there only once the new one is complete.
     *
     * @return what the zip holds
     * @throws IOException if it cannot be written; then no zip (and no temporary file) is left
     */
    public Contents write(Path zip, Collection<String> roundIds) throws IOException {
        int rounds = 0;
        long bytes = 0;
        try (StagedFile staged = StagedFile.beside(zip)) {
            try (OutputStream file = Files.newOutputStream(staged.temp());
                 ZipOutputStream out = new ZipOutputStream(new java.io.BufferedOutputStream(file))) {
                out.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
                for (String id : roundIds) {
                    List<Path> segments = segments(id);
                    if (segments.isEmpty()) {
                        continue;
                    }
                    rounds++;
                    for (Path segment : segments) {
                        out.putNextEntry(new ZipEntry(id + "/" + segment.getFileName()));
                        bytes += Files.copy(segment, out);
                        out.closeEntry();
                    }
                }
            }
            staged.commit();
        }
        return new Contents(rounds, bytes);
    }

    private List<Path> segments(String roundId) {
        Path folder;
        try {
            folder = RecordingFolder.of(dataDir, roundId);
        } catch (IllegalArgumentException e) {
            return List.of();  // not a plain id: never a folder of ours
        }
        List<Path> files = new ArrayList<>();
        for (int n : RecordingFolder.segments(folder)) {
            files.add(RecordingFolder.segment(folder, n));
        }
        return files;
    }
}
