package dev.mockloop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.ScoreSheet;
import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The score sheet as the scoring screen, the score editor and the interviewer's sheet fill it. */
class ScoreSheetModelTest {

    private static final PackLibrary LIBRARY = new PackLibrary(BundledPacks.load(new PackReader()));
    private static final LibraryQuestion QUESTION = LIBRARY.questions().get(0);
    private static final Pack PACK = QUESTION.pack().pack();

    private static ScoreSheetModel sheet(ScoreSheet start) {
        return new ScoreSheetModel(PACK.rubric().dimensions().stream()
                .map(d -> SheetDimension.of(d, QUESTION.question().level())).toList(), PACK.failureModes(), start);
    }

    private static void pickEveryLevel(ScoreSheetModel model, int level) {
        model.dimensions().forEach(d -> d.level().set(level));
    }

    @Test
    void aFreshSheetIsIncompleteUntilEveryDimensionHasALevelAndAVerdictIsChosen() {
        ScoreSheetModel model = sheet(ScoreSheet.EMPTY);
        assertFalse(model.completeProperty().get());

        pickEveryLevel(model, 3);
        assertFalse(model.completeProperty().get(), "a verdict is still missing");

        model.verdictProperty().set(Verdict.LEAN_HIRE);
        assertTrue(model.completeProperty().get());

        model.dimensions().get(1).level().set(0);
        assertFalse(model.completeProperty().get(), "clearing a level makes it incomplete again");
    }

    @Test
    void theSheetFollowsEveryInputAsItIsPicked() {
        ScoreSheetModel model = sheet(ScoreSheet.EMPTY);
        String first = model.dimensions().get(0).dimension().id();

        model.dimensions().get(0).level().set(2);
        model.failures().get(0).ticked().set(true);
        model.verdictProperty().set(Verdict.NO_HIRE);
        model.textProperty().set("Ran out of time on the deep dive.");

        ScoreSheet now = model.sheetProperty().get();
        assertEquals(Map.of(first, 2), now.levels(), "only levels picked are in the sheet");
        assertEquals(List.of(PACK.failureModes().get(0).id()), now.failureModeIds());
        assertEquals(Verdict.NO_HIRE, now.verdict());
        assertEquals("Ran out of time on the deep dive.", now.text());

        model.failures().get(0).ticked().set(false);
        assertEquals(List.of(), model.sheetProperty().get().failureModeIds(), "unticking takes it out");
    }

    @Test
    void aSheetAlreadyFilledInShowsItsPicksAndIsComplete() {
        Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        PACK.rubric().dimensions().forEach(d -> levels.put(d.id(), 4));
        String ticked = PACK.failureModes().get(1).id();
        ScoreSheet saved = new ScoreSheet(levels, List.of(ticked), Verdict.STRONG_HIRE, "Clean.");

        ScoreSheetModel model = sheet(saved);

        assertTrue(model.dimensions().stream().allMatch(d -> d.level().get() == 4));
        assertTrue(model.failures().get(1).ticked().get());
        assertFalse(model.failures().get(0).ticked().get());
        assertEquals(Verdict.STRONG_HIRE, model.verdictProperty().get());
        assertEquals("Clean.", model.textProperty().get());
        assertEquals(saved, model.sheetProperty().get());
        assertTrue(model.completeProperty().get());
    }

    @Test
    void eachDimensionShowsTheBarTheQuestionsLevelExpects() {
        ScoreSheetModel model = sheet(ScoreSheet.EMPTY);

        SheetDimension first = model.dimensions().get(0).dimension();
        assertNotNull(first.bar(), "bundled packs give a bar on every dimension");
        assertEquals(PACK.rubric().dimensions().get(0).barFor(QUESTION.question().level()).orElseThrow(), first.bar());
        assertEquals(PACK.rubric().dimensions().get(0).descriptor(3), first.descriptor(3));
    }
}
