package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapReportTest {

    private static ScoreGap gap(String id, String title, int self, double them) {
        return new ScoreGap(Instant.EPOCH, id, title, self, them);
    }

    @Test
    void theWidestGapIsSaidInWords() {
        GapReport report = GapReport.of(List.of(gap("scope", "Scope", 3, 3), gap("deep", "Deep dive", 4, 3),
                gap("scope", "Scope", 2, 2.5), gap("deep", "Deep dive", 3, 2)));
        assertEquals(1.0, report.widest().orElseThrow().meanGap());
        assertEquals("You rate your deep dive a point higher than your interviewers do (over 2 rounds).",
                report.headline());
    }

    @Test
    void ratingYourselfLowerIsSaidToo() {
        assertEquals("You rate your scope half a point lower than your interviewers do (over 1 round).",
                GapReport.of(List.of(gap("scope", "Scope", 2, 2.5))).headline());
        assertEquals("1.5 points", GapReport.amount(1.4));
        assertEquals("2 points", GapReport.amount(2));
    }

    @Test
    void agreementAndNothingToCompareHaveTheirOwnWords() {
        assertEquals("You and your interviewers agree on every dimension, within a quarter of a point (over 1 round).",
                GapReport.of(List.of(gap("scope", "Scope", 3, 3))).headline());
        assertEquals("No interviewer has scored one of your saved rounds yet.", GapReport.of(List.of()).headline());
    }
}
