package dev.mockloop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.SampleAttempts;
import dev.mockloop.storage.Database;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports with the recordings hold exactly the exported attempts' audio; without, none; never half a file. */
class AttemptExportsTest {

    private static final String A = "11111111-aaaa-4aaa-8aaa-000000000001";
    private static final String B = "22222222-bbbb-4bbb-8bbb-000000000002";
    private static final String ABANDONED = "33333333-cccc-4ccc-8ccc-000000000003";
    private static final String SILENT = "44444444-dddd-4ddd-8ddd-000000000004";

    @TempDir
    Path data;
    @TempDir
    Path out;

    private Database db;
    private AttemptRepository attempts;
    private AttemptExports exports;
    private Attempt withAudio;

    @BeforeEach
    void open() throws IOException {
        db = Database.open(data.resolve("mockloop.db"));
        attempts = new AttemptRepository(db);
        withAudio = attempts.save(SampleAttempts.full().withRoundId(A));
        attempts.save(SampleAttempts.full().withRoundId(B));
        attempts.save(SampleAttempts.full().withRoundId(SILENT));  // a round with no microphone
        segment(A, 1, 3_000);
        segment(A, 2, 2_000);
        segment(B, 1, 4_000);
        segment(ABANDONED, 1, 9_000);  // audio of a round that is no attempt: never exported
        exports = new AttemptExports(data, new RecordingRepository(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path segment(String round, int n, int bytes) throws IOException {
        Path file = RecordingFolder.segment(RecordingFolder.of(data, round), n);
        Files.createDirectories(file.getParent());
        byte[] audio = new byte[bytes];
        audio[0] = (byte) n;
        Files.write(file, audio);
        return file;
    }

    private static Map<String, Integer> entries(Path zip) throws IOException {
        Map<String, Integer> sizes = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                sizes.put(e.getName(), in.readAllBytes().length);
            }
        }
        return sizes;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).getRecords());
        }
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theOfferCountsTheRecordedAttemptsOnly() {
        assertEquals(new RecordingZip.Contents(2, 9_000), exports.offerAll(), "A and B: not the abandoned round");
        assertEquals(new RecordingZip.Contents(1, 5_000), exports.offer(withAudio));
    }

    @Test
    void aCsvWithRecordingsHoldsTheExportedAttemptsSegmentsAndNoOtherRound() throws IOException {
        Path csv = out.resolve("mockloop-attempts.csv");

        AttemptExports.Done done = exports.csv(attempts, List.of(), ZoneOffset.UTC, csv, true);

        Path zip = out.resolve("mockloop-attempts-recordings.zip");
        assertEquals(zip, done.zip());
        assertEquals(Map.of(A + "/segment-001.opus", 3_000, A + "/segment-002.opus", 2_000,
                B + "/segment-001.opus", 4_000), entries(zip));
        assertEquals(new RecordingZip.Contents(2, 9_000), done.audio());
        assertEquals(List.of(A + "/", B + "/", ""), rows(csv).stream().map(r -> r.get("recording")).toList(),
                "each row names its audio in the zip; the silent round has none");
    }

    @Test
    void withoutRecordingsNoZipIsWrittenAndNoRowNamesOne() throws IOException {
        Path csv = out.resolve("all.csv");

        AttemptExports.Done done = exports.csv(attempts, List.of(), ZoneOffset.UTC, csv, false);

        assertFalse(done.withRecordings());
        assertEquals(List.of("all.csv"), filesIn(out));
        assertEquals(List.of("", "", ""), rows(csv).stream().map(r -> r.get("recording")).toList());
    }

    @Test
    void aJsonWithRecordingsNamesEachAttemptsAudio() throws IOException {
        Path json = out.resolve("all.json");

        exports.json(attempts, json, true);

        JsonNode list = new ObjectMapper().readTree(json.toFile()).get("attempts");
        assertEquals(A + "/", list.get(0).get("recording").asText());
        assertTrue(list.get(2).get("recording").isNull(), "no audio: null");
        assertEquals(List.of("all-recordings.zip", "all.json"), filesIn(out));
    }

    @Test
    void aMarkdownPageWithRecordingsZipsThatAttemptOnlyAndLinksTheZip() throws IOException {
        Path page = out.resolve("round.md");

        exports.markdown(withAudio, ZoneOffset.UTC, page, true);

        assertEquals(Map.of(A + "/segment-001.opus", 3_000, A + "/segment-002.opus", 2_000),
                entries(out.resolve("round-recordings.zip")));
        assertTrue(Files.readString(page).contains("- **Recording:** [round-recordings.zip](round-recordings.zip)"));
    }

    @Test
    void aZipThatFailsHalfWayLeavesNoPartialFileAndNoExport() throws IOException {
        Path csv = out.resolve("all.csv");
        Files.writeString(csv, "an older export the user kept");
        // B's segment cannot be read (a folder where the file should be): the zip fails after A's audio.
        Path broken = RecordingFolder.segment(RecordingFolder.of(data, B), 1);
        Files.delete(broken);
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("x"), "not audio");

        assertThrows(IOException.class, () -> exports.csv(attempts, List.of(), ZoneOffset.UTC, csv, true));

        assertEquals(List.of("all.csv"), filesIn(out), "no zip, no temporary file");
        assertEquals("an older export the user kept", Files.readString(csv), "the file there is as it was");
    }
}
