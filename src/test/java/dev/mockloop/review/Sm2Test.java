package dev.mockloop.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SM-2 on known sequences, worked by hand from the formulas in Woźniak (1990). */
class Sm2Test {

    private static List<Sm2.State> run(int... grades) {
        List<Sm2.State> states = new ArrayList<>();
        Sm2.State state = Sm2.State.NEW;
        for (int q : grades) {
            state = Sm2.review(state, q);
            states.add(state);
        }
        return states;
    }

    @Test
    void perfectGradesGiveIntervalsOneSixThenTimesTheEasinessWhichGrowsByATenth() {
        List<Sm2.State> states = run(5, 5, 5, 5);
        assertEquals(List.of(1, 6, 16, 45), states.stream().map(Sm2.State::intervalDays).toList(),
                "1, 6, round(6 × 2.7) = 16, round(16 × 2.8) = 45");
        assertEquals(2.6, states.get(0).easiness(), 1e-9);
        assertEquals(2.9, states.get(3).easiness(), 1e-9);
        assertEquals(4, states.get(3).repetitions());
    }

    @Test
    void gradeFourKeepsTheEasinessAndThreeLowersIt() {
        List<Sm2.State> states = run(4, 4, 4);
        assertEquals(List.of(1, 6, 15), states.stream().map(Sm2.State::intervalDays).toList(), "round(6 × 2.5) = 15");
        assertEquals(2.5, states.get(2).easiness(), 1e-9);
        assertEquals(2.36, Sm2.review(Sm2.State.NEW, 3).easiness(), 1e-9, "2.5 + 0.1 − 2 × (0.08 + 0.04)");
    }

    @Test
    void aFailedReviewRestartsTheRepetitionsAndLowersTheEasiness() {
        List<Sm2.State> states = run(5, 5, 2, 4);
        Sm2.State failed = states.get(2);
        assertEquals(0, failed.repetitions());
        assertEquals(1, failed.intervalDays());
        assertEquals(2.7 - 0.32, failed.easiness(), 1e-9, "2.7 + 0.1 − 3 × (0.08 + 0.06)");
        assertEquals(1, states.get(3).intervalDays(), "the first correct review after a lapse is due next day");
    }

    @Test
    void easinessNeverDropsBelowOnePointThree() {
        List<Sm2.State> states = run(0, 0, 0, 0, 0);
        assertEquals(1.3, states.get(4).easiness(), 1e-9);
        assertEquals(List.of(1, 6, 8), run(0, 0, 0, 0, 0, 3, 3, 3).subList(5, 8).stream()
                .map(Sm2.State::intervalDays).toList(), "round(6 × 1.3) = 8");
    }

    @ParameterizedTest(name = "mean {0} is grade {1}")
    @CsvSource({"1.0, 0", "1.5, 1", "2.0, 2", "2.4, 2", "2.5, 3", "3.0, 3", "3.4, 4", "3.7, 5", "4.0, 5"})
    void meanSelfScoreMapsOntoTheGrades(double mean, int grade) {
        assertEquals(grade, Sm2.quality(mean));
    }

    @Test
    void gradesOutsideTheScaleAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Sm2.review(Sm2.State.NEW, 6));
        assertThrows(IllegalArgumentException.class, () -> Sm2.quality(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Sm2.quality(0.5));
    }
}
