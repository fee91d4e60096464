package dev.mockloop.voice;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.export.CsvExport;
import dev.mockloop.export.JsonExport;
import dev.mockloop.export.MarkdownExport;
import dev.mockloop.export.StagedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The CSV, JSON and Markdown exports with or without the recordings, as the user chooses.
 * With them, the segments of exactly the exported attempts go into
 * {@code <export name>-recordings.zip} beside the export ({@link RecordingZip}) and each
 * exported attempt names its audio in the zip ({@code recording}: {@code <round id>/}, empty
 * when it has none). The export and the zip are written under temporary names and moved into
 * place together at the end: a failure leaves neither half-written. Disk and database: call
 * off the UI thread.
 */
public final class AttemptExports {

    /**
     * What an export wrote.
     *
     * @param attempts how many attempts
     * @param files    the files written, the export first (a Markdown page's sketch PNG next)
     * @param zip      the recordings zip, or null when written without recordings
     * @param audio    what the zip holds; empty without
     */
    public record Done(int attempts, List<Path> files, Path zip, RecordingZip.Contents audio) {
        public Done {
            files = List.copyOf(files);
        }

        /** @return whether the recordings were included */
        public boolean withRecordings() {
            return zip != null;
        }
    }

    private static final RecordingZip.Contents NONE = new RecordingZip.Contents(0, 0);

    private final RecordingZip zips;
    private final RecordingRepository recordings;

    public AttemptExports(Path dataDir, RecordingRepository recordings) {
        this.zips = new RecordingZip(dataDir);
        this.recordings = recordings;
    }

    /** @return the recordings an export of every attempt could include: how many rounds, how many bytes */
    public RecordingZip.Contents offerAll() {
        return zips.measure(recordings.attemptRounds());
    }

    /** @return the recording an export of this attempt could include */
    public RecordingZip.Contents offer(Attempt attempt) {
        return attempt.roundId() == null ? NONE : zips.measure(List.of(attempt.roundId()));
    }

    /**
     * Writes every attempt as CSV ({@link CsvExport}), with the recordings if asked.
     *
     * @throws IOException if a file cannot be written; nothing is left at {@code file} or its zip
     */
    public Done csv(AttemptRepository attempts, List<String> dimensionIds, ZoneId zone, Path file, boolean withAudio)
            throws IOException {
        return all(file, withAudio, (names, temp) -> CsvExport.writeAll(attempts, dimensionIds, zone, temp, names));
    }

    /**
     * Writes every attempt as JSON ({@link JsonExport}), with the recordings if asked.
     *
     * @throws IOException if a file cannot be written; nothing is left at {@code file} or its zip
     */
    public Done json(AttemptRepository attempts, Path file, boolean withAudio) throws IOException {
        return all(file, withAudio, (names, temp) -> JsonExport.writeAll(attempts, temp, names));
    }

    /**
     * Writes one attempt as a Markdown page ({@link MarkdownExport}), linking its recordings zip
     * if asked and it has audio.
     *
     * @throws IOException if a file cannot be written; then no zip is left (the zip is
     *                     written first, complete or not at all)
     */
    public Done markdown(Attempt attempt, ZoneId zone, Path file, boolean withAudio) throws IOException {
        List<String> rounds = withAudio && attempt.roundId() != null && !zips.entryOf(attempt.roundId()).isEmpty()
                ? List.of(attempt.roundId()) : List.of();
        if (rounds.isEmpty()) {
            return new Done(1, MarkdownExport.write(attempt, zone, file), null, NONE);
        }
        Path zip = RecordingZip.beside(file);
        RecordingZip.Contents audio = zips.write(zip, rounds);
        try {
            return new Done(1, MarkdownExport.write(attempt, zone, file, zip.getFileName().toString()), zip, audio);
        } catch (IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(zip);  // no zip without the page that links it
            throw e;
        }
    }

    /** Writes an export of many attempts to a temporary file, naming each one's audio. */
    @FunctionalInterface
    private interface Writing {
        int write(Function<Attempt, String> names, Path temp) throws IOException;
    }

    private Done all(Path file, boolean withAudio, Writing writing) throws IOException {
        Set<String> exported = new LinkedHashSet<>();
        Function<Attempt, String> names = !withAudio ? a -> "" : a -> {
            String entry = a.roundId() == null ? "" : zips.entryOf(a.roundId());
            if (!entry.isEmpty()) {
                exported.add(a.roundId());
            }
            return entry;
        };
        try (StagedFile staged = StagedFile.beside(file)) {
            int n = writing.write(names, staged.temp());
            if (!withAudio) {
                staged.commit();
                return new Done(n, List.of(file), null, NONE);
            }
            Path zip = RecordingZip.beside(file);
            RecordingZip.Contents audio = zips.write(zip, exported);
            staged.commit();
            return new Done(n, List.of(file), zip, audio);
        }
    }
}
