package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RoundLayoutValuesTest {

    @Test
    void nothingSavedGivesBothPanesAtTheDefaultSizes() {
        assertEquals(RoundLayout.DEFAULTS, RoundLayout.from(Map.of()));
        assertTrue(RoundLayout.DEFAULTS.promptShown() && RoundLayout.DEFAULTS.notesShown());
    }

    @Test
    void savedValuesComeBackAsTheyWereWritten() {
        RoundLayout folded = new RoundLayout(false, true, 0.42, 0.25);
        Map<String, String> values = folded.toValues();
        assertEquals("false", values.get("layout.round.prompt-shown"));
        assertEquals("0.420", values.get("layout.round.left-share"));
        assertEquals(folded, RoundLayout.from(values));
        assertTrue(values.keySet().stream().allMatch(k -> k.startsWith(RoundLayout.PREFIX)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wide", "", "NaN", "Infinity", "1e400"})
    void anUnreadableShareFallsBackToTheDefault(String share) {
        RoundLayout read = RoundLayout.from(Map.of("layout.round.left-share", share, "layout.round.notes-shown", "maybe"));
        assertEquals(RoundLayout.DEFAULTS.leftShare(), read.leftShare());
        assertTrue(read.notesShown(), "an unreadable flag keeps the default");
    }

    @Test
    void sharesAreKeptInsideWhatTheScreenCanShow() {
        RoundLayout squeezed = RoundLayout.from(Map.of("layout.round.left-share", "0.01",
                "layout.round.prompt-share", "0.99"));
        assertEquals(0.15, squeezed.leftShare(), 1e-9, "the column never narrower than 15 %");
        assertEquals(0.9, squeezed.promptShare(), 1e-9, "the notes keep 10 %");
        assertEquals(0.6, RoundLayout.DEFAULTS.withLeftShare(0.95).leftShare(), 1e-9);
        assertFalse(RoundLayout.DEFAULTS.withPromptShown(false).promptShown());
    }
}
