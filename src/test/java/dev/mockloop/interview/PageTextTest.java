package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTextTest {

    @Test
    void markupIsKeptAsTheCharactersTypedForTheDisplayToEscape() {
        assertEquals("<script>alert('x')</script> & \"q\"", PageText.clean("<script>alert('x')</script> & \"q\"", 100));
    }

    @Test
    void controlCharactersAndBidiOverridesAreDroppedButLinesKept() {
        assertEquals("a\nb\tc\nd", PageText.clean("a\r\nb\tc\rd", 100));
        assertEquals("evil.exe", PageText.clean("\u202Eevil\u0000\u0007.exe\u2066", 100));
    }

    @Test
    void textIsCutToItsLengthWithoutSplittingACharacter() {
        assertEquals("abc", PageText.clean("abcdef", 3));
        assertEquals("ab", PageText.clean("ab\uD83D\uDE00", 3), "an emoji that does not fit whole is left out");
        assertEquals("", PageText.clean(null, 3));
    }

    @Test
    void aNudgeIsOneLine() {
        assertEquals("Move on to storage now", PageText.oneLine("  Move on\nto storage\r\n\tnow ", 100));
    }
}
