package dev.mockloop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockloop.coach.CoachService;
import dev.mockloop.coach.CoachSettings;
import dev.mockloop.coach.CoverageRepository;
import dev.mockloop.coach.CoverageResult;
import dev.mockloop.coach.FakeEncoder;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackWriter;
import dev.mockloop.pack.io.Download;
import dev.mockloop.pack.io.PackSources;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.ManualTicker;
import dev.mockloop.session.RoundService;
import dev.mockloop.session.TestRounds;
import dev.mockloop.storage.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachCommandTest {

    private static final Path PACK = Path.of("question-packs", "company-rounds.json");
    private static final String NOTES = "Qs\n- delivered = any 2xx within 10s?\n\nper endpoint queue, max 10 in flight\n"
            + "outbox row in the payment txn, evt id assigned there\n";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        CoachService coach = new CoachService(FakeEncoder::new, null, CoachSettings.DEFAULTS, Runnable::run);
        int code = new CoachCommand(new PackSources(new PackReader(), new PackWriter(), new Download()), coach,
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8))
                .run(List.of(args));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void printsEveryItemWithThePacksTextCoveredScoreAndEvidence() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), NOTES);
        assertEquals(0, run("--json", PACK.toString(), "payments-webhook-delivery", notes.toString()), err);
        JsonNode json = new ObjectMapper().readTree(out);
        assertEquals(json.get("items").size(), json.get("total").asInt());
        JsonNode first = json.get("items").get(0);
        assertEquals("design-signal", first.get("kind").asText());
        assertTrue(first.get("text").asText().startsWith("Persists each event with a stable event id"));
        int covered = 0;
        for (JsonNode item : json.get("items")) {
            double score = item.get("score").asDouble();
            assertTrue(score >= 0 && score <= 1);
            if (item.get("covered").asBoolean()) {
                covered++;
                assertTrue(NOTES.contains(item.get("evidence").asText()), item.toString());
            } else {
                assertTrue(item.get("evidence").isNull());
            }
        }
        assertEquals(covered, json.get("covered").asInt());
        assertTrue(covered >= 1, out);
    }

    @Test
    void theJsonIsWhatTheAppSawForTheSameNotes() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), NOTES);
        assertEquals(0, run("--json", PACK.toString(), "payments-webhook-delivery", notes.toString()), err);

        PackLibrary library = new PackLibrary(BundledPacks.load(new PackReader()));
        LibraryQuestion question = library.questions().stream()
                .filter(q -> q.question().id().equals("payments-webhook-delivery")).findFirst().orElseThrow();
        try (Database db = Database.open(dir.resolve("m.db"))) {
            CoachService app = new CoachService(FakeEncoder::new, new CoverageRepository(db, Clock.systemUTC()),
                    CoachSettings.DEFAULTS, Runnable::run);
            ManualTicker ticker = new ManualTicker();
            RoundService rounds = TestRounds.inLine(db, ticker, Clock.systemUTC());
            rounds.addListener(app);
            ActiveRound round = rounds.begin(question, null);
            round.start();
            round.setNotes(NOTES);
            ticker.advanceMillis(60_000);
            round.finish();
            CoverageResult shown = app.result(round.roundId()).toCompletableFuture().join();
            assertEquals(CoachCommand.toJson(shown).strip(), out.strip());
        }
    }

    @Test
    void aMissingQuestionFileOrEncodingIsOneClearLineAndExitOne() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), NOTES);
        assertEquals(1, run("--json", PACK.toString(), "no-such-question", notes.toString()));
        assertTrue(err.contains("no question with id 'no-such-question'"), err);
        assertEquals(1, run("--json", dir.resolve("none.json").toString(), "q", notes.toString()));
        assertTrue(err.contains("no such file"), err);
        assertEquals(1, run("--json", PACK.toString(), "payments-webhook-delivery", dir.resolve("gone.txt").toString()));
        assertTrue(err.contains("gone.txt: no such file"), err);
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 cache".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, run("--json", PACK.toString(), "payments-webhook-delivery", latin1.toString()));
        assertTrue(err.contains("not UTF-8"), err);
        assertTrue(out.isEmpty());
    }

    @Test
    void withoutJsonOrWithTooFewArgumentsItPrintsUsage() {
        assertEquals(2, run("company-rounds.json", "q", "notes.txt"));
        assertTrue(err.startsWith("usage: mockloop coach --json"), err);
    }
}
