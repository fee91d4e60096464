package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeAdvisorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dir;

    @Test
    void dueQuestionsAndTheWeakestDimensionWithTheQuestionsItWentWorstOn() {
        PackLibrary library = new PackLibrary(BundledPacks.load(new PackReader()));
        var pack = library.pack("mockloop.bar-raiser").orElseThrow();
        List<LibraryQuestion> questions = pack.pack().questions().stream().map(q -> new LibraryQuestion(pack, q)).toList();
        try (Database database = Database.open(dir.resolve("m.db"))) {
            AttemptRepository attempts = new AttemptRepository(database, Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"),
                    ZoneOffset.UTC));
            // Question 0: one good round on the 1st, due on the 2nd (interval 1): overdue.
            attempts.save(TestAttempts.at(pack.pack().id(), questions.get(0).question().id()).start("2026-03-01T10:00:00Z")
                    .score("requirements", 4).score("estimation", 3).verdict(Verdict.HIRE).build());
            // Question 1: estimation went badly yesterday: due today (a lapse is due the next day).
            attempts.save(TestAttempts.at(pack.pack().id(), questions.get(1).question().id()).start("2026-03-19T10:00:00Z")
                    .score("requirements", 3).score("estimation", 1).verdict(Verdict.NO_HIRE).build());
            // Question 2: done today, well: not due.
            attempts.save(TestAttempts.at(pack.pack().id(), questions.get(2).question().id()).start("2026-03-20T09:00:00Z")
                    .score("requirements", 4).score("estimation", 4).verdict(Verdict.HIRE).build());

            PracticeAdvice advice = new PracticeAdvisor(new PracticeRepository(database)).advise(library, TODAY.toEpochDay());

            assertEquals(List.of(questions.get(0), questions.get(1)),
                    advice.due().stream().map(PracticeAdvice.Due::question).toList(), "most overdue first");
            assertEquals(18, advice.due().get(0).overdueDays());
            PracticeAdvice.Weakest weakest = advice.weakest().orElseThrow();
            assertEquals("estimation", weakest.dimensionId());
            assertEquals(8 / 3.0, weakest.mean(), 1e-9);
            assertEquals(PracticeAdvisor.RECENT_DAYS, weakest.sinceDays());
            assertEquals(questions.get(1), weakest.questions().get(0), "the question estimation went worst on first");
            assertTrue(weakest.questions().size() <= PracticeAdvisor.LIST_SIZE);
            assertTrue(weakest.questions().stream().allMatch(q -> q.pack().pack().rubric().dimensions().stream()
                    .anyMatch(d -> d.id().equals("estimation"))));
        }
    }

    @Test
    void eachAttemptedQuestionHasANextDueDateSoonestFirst() {
        PackLibrary library = new PackLibrary(BundledPacks.load(new PackReader()));
        var pack = library.pack("mockloop.bar-raiser").orElseThrow();
        List<LibraryQuestion> questions = pack.pack().questions().stream().map(q -> new LibraryQuestion(pack, q)).toList();
        try (Database database = Database.open(dir.resolve("due.db"))) {
            AttemptRepository attempts = new AttemptRepository(database, Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"),
                    ZoneOffset.UTC));
            // Done well today: SM-2's first interval is 1 day, so due tomorrow.
            attempts.save(TestAttempts.at(pack.pack().id(), questions.get(2).question().id()).start("2026-03-20T09:00:00Z")
                    .score("requirements", 4).score("estimation", 4).verdict(Verdict.HIRE).build());
            // Done on the 1st: due on the 2nd, 18 days ago.
            attempts.save(TestAttempts.at(pack.pack().id(), questions.get(0).question().id()).start("2026-03-01T10:00:00Z")
                    .score("requirements", 4).score("estimation", 3).verdict(Verdict.HIRE).build());
            // A pack no longer installed: left out.
            attempts.save(TestAttempts.at("gone.pack", "q1").start("2026-03-10T10:00:00Z")
                    .score("requirements", 2).verdict(Verdict.NO_HIRE).build());

            List<PracticeAdvice.Upcoming> upcoming = new PracticeAdvisor(new PracticeRepository(database))
                    .upcoming(library, TODAY.toEpochDay());

            assertEquals(List.of(questions.get(0), questions.get(2)),
                    upcoming.stream().map(PracticeAdvice.Upcoming::question).toList());
            assertEquals(LocalDate.of(2026, 3, 2).toEpochDay(), upcoming.get(0).dueDay());
            assertEquals(18, upcoming.get(0).overdueDays());
            assertEquals(LocalDate.of(2026, 3, 21).toEpochDay(), upcoming.get(1).dueDay());
            assertEquals(-1, upcoming.get(1).overdueDays());
            assertEquals(1, upcoming.get(1).attempts());
            assertEquals(4.0, upcoming.get(1).lastMean(), 1e-9);
        }
    }

    @Test
    void nothingScoredGivesNoAdvice() {
        try (Database database = Database.open(dir.resolve("empty.db"))) {
            PracticeAdvice advice = new PracticeAdvisor(new PracticeRepository(database))
                    .advise(new PackLibrary(List.of()), TODAY.toEpochDay());
            assertEquals(PracticeAdvice.NONE, advice);
        }
    }
}
