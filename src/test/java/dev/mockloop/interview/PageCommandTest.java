package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.attempt.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageCommandTest {

    private static final RoundBrief BRIEF;

    static {
        try (TestRound round = new TestRound()) {
            BRIEF = RoundBrief.of(round.round());
        }
    }

    private final RoundBrief brief = BRIEF;

    private String dimension() {
        return brief.dimensionIds().iterator().next();
    }

    @Test
    void aProbeIsNamedByItsIndexInTheSchedule() throws BadCommand {
        assertEquals(new PageCommand.Fire(1), PageCommand.parse("{\"type\":\"fire\",\"probe\":1}", brief));
    }

    @Test
    void aCompleteSheetIsASubmission() throws BadCommand {
        String levels = brief.dimensionIds().stream().map(id -> "\"" + id + "\":4")
                .collect(Collectors.joining(",", "{", "}"));
        String failure = brief.failureModeIds().iterator().next();
        var submit = assertInstanceOf(PageCommand.Submit.class, PageCommand.parse("{\"type\":\"submit\",\"levels\":"
                + levels + ",\"failureModes\":[\"" + failure + "\",\"" + failure + "\"],\"verdict\":\"STRONG_HIRE\","
                + "\"feedback\":\"Clear.\\r\\nThanks\",\"extra\":1}", brief));
        assertEquals(Verdict.STRONG_HIRE, submit.sheet().verdict());
        assertEquals(List.of(failure), submit.sheet().failureModeIds(), "a failure mode counts once");
        assertEquals("Clear.\nThanks", submit.sheet().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"type\":\"fire\",\"probe\":-1}", "{\"type\":\"fire\",\"probe\":1000}",
        "{\"type\":\"fire\",\"probe\":\"1\"}", "{\"type\":\"fire\",\"probe\":1.5}", "{\"type\":\"fire\",\"probe\":true}",
        "{\"type\":\"fire\",\"probe\":99999999999999999999}", "{\"type\":\"open\",\"path\":\"/etc/passwd\"}",
        "{\"type\":\"draft\",\"levels\":[3]}", "{\"type\":\"draft\",\"levels\":{\"nope\":3}}",
        "{\"type\":\"draft\",\"verdict\":\"MAYBE\"}", "{\"type\":\"draft\",\"failureModes\":\"all\"}",
        "{\"type\":\"draft\",\"failureModes\":[1]}", "{\"type\":\"notes\",\"text\":42}", "{\"type\":7}",
        "null", "\"fire\"", "{\"type\":\"submit\"}", "{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"})
    void anythingElseIsRefusedInWordsForTheInterviewer(String message) {
        BadCommand refused = assertThrows(BadCommand.class, () -> PageCommand.parse(message, brief));
        assertTrue(refused.getMessage().endsWith(".") && !refused.getMessage().contains("Exception"),
                refused.getMessage());
    }

    @Test
    void aLevelOutsideOneToFourIsRefused() {
        for (int level : new int[] {0, 5, -3}) {
            assertThrows(BadCommand.class, () -> PageCommand.parse(
                    "{\"type\":\"draft\",\"levels\":{\"" + dimension() + "\":" + level + "}}", brief));
        }
    }

    @Test
    void longTextIsCut() throws BadCommand {
        var notes = (PageCommand.Notes) PageCommand.parse("{\"type\":\"notes\",\"text\":\"" + "n".repeat(30_000)
                + "\"}", brief);
        assertEquals(PageText.LONG_TEXT_MAX, notes.text().length());
    }
}
