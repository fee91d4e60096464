package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Bar;
import dev.mockloop.pack.Dimension;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecondOpinionTest {

    private static final Map<Integer, String> LEVELS = Map.of(1, "a", 2, "b", 3, "c", 4, "d");
    private static final Rubric RUBRIC = new Rubric(List.of(
            new Dimension("story-ownership", "Story and ownership", LEVELS),
            new Dimension("requirements", "Requirements and scope", LEVELS,
                    Map.of(Level.SENIOR, new Bar(3, "pins the targets"))),
            new Dimension("estimation", "Estimation and numbers", LEVELS)));

    private static CoverageResult questions(int settled, int of) {
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < of; i++) {
            boolean covered = i < settled;
            items.add(new ItemResult(KeyItem.of(ItemKind.CLARIFYING_QUESTION, "q" + i), covered, covered ? 1 : 0,
                    covered ? Evidence.notes("q", 1, 1) : null));
        }
        items.add(new ItemResult(KeyItem.of(ItemKind.BEHAVIORAL_SIGNAL, "s"), true, 1, Evidence.notes("s", 2, 2)));
        return CoverageResult.of(items);
    }

    @Test
    void clarifyingQuestionsSuggestTheRequirementsLevelAndStorySignalsTheStoryLevel() {
        List<DimensionSuggestion> s = SecondOpinion.suggest(RUBRIC, Level.SENIOR, questions(1, 4));
        assertEquals(List.of("requirements", "story-ownership"), s.stream().map(DimensionSuggestion::dimensionId).toList());
        assertEquals(2, s.get(0).level(), "1 of 4 is a quarter: level 2");
        assertEquals(3, s.get(0).barExpect());
        assertEquals("1 of 4 clarifying questions settled", s.get(0).seen());
        assertEquals(4, s.get(1).level());
    }

    @Test
    void aSelfScoreAboveTheBarAgainstCoverageBelowItIsADisagreementInPlainWords() {
        List<DimensionSuggestion> s = SecondOpinion.suggest(RUBRIC, Level.SENIOR, questions(1, 4));
        List<Disagreement> d = SecondOpinion.compare(s, Map.of("requirements", 4, "story-ownership", 4), Level.SENIOR);
        assertEquals(1, d.size());
        assertTrue(d.get(0).message().startsWith(
                "You gave Requirements and scope 4; the coach saw 1 of 4 clarifying questions settled"), d.get(0).message());
        assertTrue(d.get(0).message().contains("the senior bar is 3"), d.get(0).message());
    }

    @Test
    void scoresCloseToTheCoachsOnTheSameSideOfTheBarAreNotFlagged() {
        List<DimensionSuggestion> s = SecondOpinion.suggest(RUBRIC, Level.SENIOR, questions(3, 4));
        assertEquals(List.of(), SecondOpinion.compare(s, Map.of("requirements", 3), Level.SENIOR));
    }
}
