package dev.mockloop.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.storage.Database;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportsTest {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private AttemptRepository attempts;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("m.db"));
        attempts = new AttemptRepository(database, Clock.fixed(START, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Attempt attempt(String notes, String reflection, byte[] png) {
        return attempts.save(new Attempt(null, "p", "1.0.0", "q", "Design | a \"queue\"", "Tell me…", "Design it.",
                "f", "Paired 45", START, START.plusSeconds(2700),
                List.of(new PhaseTime("req", "Requirements", 300_000, 330_000)), notes, null, png,
                List.of(new DimensionScore("req", "Requirements", 3, "Clear | scoped"),
                        new DimensionScore("est", "Estimation", 2, "Rough")),
                List.of(new FailureModeHit("no-numbers", "Design without numbers")), Verdict.LEAN_HIRE, reflection,
                List.of(new ProbeResponse("What if it doubles?", "req", 60_000, 4_500L))));
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=1+2|'=1+2", "+SUM(A1)|'+SUM(A1)", "-2+3|'-2+3", "@cmd|'@cmd",
        "plain text|plain text", "a=b|a=b", "''|''"})
    void cellsASpreadsheetWouldRunAsFormulasGetAnApostrophe(String cell, String expected) {
        assertEquals(expected, CsvExport.neutralise(cell));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertEquals("'\tx", CsvExport.neutralise("\tx"));
        assertEquals("'\rx", CsvExport.neutralise("\rx"));
    }

    @ParameterizedTest(name = "[{index}] a formula after leading blanks is neutralised")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"  =1+2", " \t@SUM(A1)", "\n -2+3", "\u00a0+1"})
    void formulasAfterLeadingSpacesTabsOrLineBreaksGetAnApostropheToo(String cell) {
        assertEquals("'" + cell, CsvExport.neutralise(cell));
    }

    @Test
    void leadingSpacesBeforePlainTextAreLeftAlone() {
        assertEquals("   indented note", CsvExport.neutralise("   indented note"));
    }

    @Test
    void markdownEscapesHtmlFromPackAndNotesAndKeepsOnlyWebLinks() throws Exception {
        Attempt saved = attempts.save(new Attempt(null, "p<b>", "1.0.0", "q", "<script>alert(1)</script> queue",
                "Tell me <img src=x onerror=alert(1)>", "Design [it](javascript:alert(1)).", "f", "Paired 45", START,
                START.plusSeconds(2700), List.of(new PhaseTime("req", "<i>Req</i>", 300_000, 330_000)),
                "See [the paper](https://example.org/a?b=1&c=2) and [x](data:text/html,evil) or <https://x>\n"
                        + "[ref]: javascript:alert(2)\n\\<b>still text</b>", null, new byte[0],
                List.of(new DimensionScore("req", "<u>Requirements</u>", 3, "Clear <svg onload=alert(3)>")),
                List.of(new FailureModeHit("no-numbers", "<marquee>numbers</marquee>")), Verdict.LEAN_HIRE,
                "![pic](javascript:alert(4)) ![ok](http://example.org/p.png)",
                List.of(new ProbeResponse("<a href=\"javascript:alert(5)\">why?</a>", "req", 60_000, 4_500L))));

        String md = MarkdownExport.page(saved, ZoneOffset.UTC, "round 1-sketch.png");

        assertFalse(md.contains("<"), "no tag of a pack or a user survives:\n" + md);
        assertFalse(md.matches("(?s).*(?<!\\\\)\\]\\((javascript|data):.*"), "no javascript: or data: link:\n" + md);
        assertTrue(md.contains("# &lt;script&gt;alert(1)&lt;/script&gt; queue"), md);
        assertTrue(md.contains("[the paper](https://example.org/a?b=1&amp;c=2)"), "web links stay links:\n" + md);
        assertTrue(md.contains("![ok](http://example.org/p.png)"), md);
        assertTrue(md.contains("\\[x\\](data:text/html,evil)"), md);
        assertTrue(md.contains("\\[ref\\]: javascript:alert(2)"), "no reference definition forms:\n" + md);
        assertTrue(md.contains("\\\\&lt;b&gt;still text"), "a user's backslash cannot undo an escape:\n" + md);
        assertTrue(md.contains("![Sketch](round%201-sketch.png)"), md);
    }

    @Test
    void csvReadsBackWithOneRowPerAttemptAndAColumnPerDimension() throws Exception {
        Attempt saved = attempt("line one, with a comma\nline \"two\"", "=cmd|' /C calc'!A0", new byte[0]);
        Path file = dir.resolve("all.csv");

        int n = CsvExport.writeAll(new dev.mockloop.attempt.AttemptRepository(database), List.of("req", "est", "hld"), ZoneOffset.UTC, file);

        assertEquals(1, n);
        try (Reader in = Files.newBufferedReader(file)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            assertEquals(List.of("id", "started_at", "pack_id", "question_id", "question", "framework", "duration_min",
                    "verdict", "mean_score", "score:req", "score:est", "score:hld", "failure_modes", "notes", "reflection"),
                    parser.getHeaderNames());
            CSVRecord row = parser.getRecords().get(0);
            assertEquals(String.valueOf(saved.id()), row.get("id"));
            assertEquals("2026-03-10T09:00:00Z", row.get("started_at"));
            assertEquals("5.5", row.get("duration_min"));
            assertEquals("2.50", row.get("mean_score"));
            assertEquals("3", row.get("score:req"));
            assertEquals("", row.get("score:hld"));
            assertEquals("line one, with a comma\nline \"two\"", row.get("notes"));
            assertEquals("'=cmd|' /C calc'!A0", row.get("reflection"));
        }
    }

    @Test
    void jsonHoldsEveryAttemptWithItsPartsButNotThePicture() throws Exception {
        attempt("n1", "r1", new byte[] {1, 2, 3});
        attempt("n2", "r2", new byte[0]);
        Path file = dir.resolve("all.json");

        assertEquals(2, JsonExport.writeAll(new dev.mockloop.attempt.AttemptRepository(database), file));

        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("mockloop-attempts", root.get("format").asText());
        assertEquals(2, root.get("attempts").size());
        JsonNode first = root.get("attempts").get(0);
        assertEquals("n1", first.get("notes").asText());
        assertEquals("LEAN_HIRE", first.get("verdict").asText());
        assertEquals(330_000, first.get("activeMs").asLong());
        assertEquals(3, first.get("scores").get(0).get("score").asInt());
        assertEquals(4_500, first.get("probes").get(0).get("responseMs").asLong());
        assertEquals("2026-03-10T09:00:00Z", first.get("startedAt").asText());
        assertTrue(first.get("sketchPng") == null, "the PNG stays out of the JSON");
    }

    @Test
    void markdownPageLinksItsSketchWrittenBesideIt() throws Exception {
        Attempt saved = attempt("Consistent hashing", "Estimate sooner.", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path page = dir.resolve("round.md");

        List<Path> written = MarkdownExport.write(saved, ZoneOffset.UTC, page);

        Path png = dir.resolve("round-sketch.png");
        assertEquals(List.of(page, png), written);
        assertEquals(4, Files.size(png));
        String md = Files.readString(page);
        assertTrue(md.startsWith("# Design | a \"queue\"\n"), md);
        assertTrue(md.contains("![Sketch](round-sketch.png)"));
        assertTrue(md.contains("| Requirements | 3 / 4 | Clear \\| scoped |"), "table cells escape the bar");
        assertTrue(md.contains("| Requirements | 5:00 | 5:30 | 0:00 |"));
        assertTrue(md.contains("- What if it doubles? — answered after 4.5 s"));
        assertTrue(md.contains("## Reflection\n\nEstimate sooner."));
        assertTrue(md.contains("- **Verdict:** Lean hire (mean score 2.5 / 4)"));
    }

    @Test
    void markdownWithoutASketchSaysSoAndWritesNoPicture() throws Exception {
        Attempt saved = attempt("", "", new byte[0]);
        List<Path> written = MarkdownExport.write(saved, ZoneOffset.UTC, dir.resolve("bare.md"));
        assertEquals(1, written.size());
        assertTrue(Files.readString(written.get(0)).contains("## Sketch\n\nNothing was drawn."));
    }
}
