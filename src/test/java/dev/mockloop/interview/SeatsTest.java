package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SeatsTest {

    private final Seats<String> seats = new Seats<>(new SecureRandom());

    @Test
    void oneInterviewerAtATimeByDefault() {
        assertEquals(1, seats.claim(null, "alice").orElseThrow().seat());
        assertTrue(seats.claim(null, "bob").isEmpty());
    }

    @Test
    void aSecondInterviewerJoinsOnlyWhenAllowedAndStaysWhenTheCandidateChangesTheirMind() {
        seats.claim(null, "alice");
        seats.allowSecond(true);
        assertEquals(2, seats.claim(null, "bob").orElseThrow().seat());
        assertTrue(seats.claim(null, "carol").isEmpty());
        seats.allowSecond(false);
        assertEquals(2, seats.connected().size(), "nobody is thrown out");
    }

    @Test
    void theSamePageComesBackToItsSeatAndPushesOutItsStaleConnection() {
        var first = seats.claim(null, "tab-1").orElseThrow();
        var back = seats.claim(first.key(), "tab-1-again").orElseThrow();
        assertEquals(first.seat(), back.seat());
        assertEquals("tab-1", back.replaced());
        assertEquals(first.key(), back.key());
    }

    @Test
    void aFreedSeatGoesToTheNextPageWithANewKey() {
        var first = seats.claim(null, "alice").orElseThrow();
        seats.release(first.seat(), "alice");
        var next = seats.claim(null, "bob").orElseThrow();
        assertEquals(1, next.seat());
        assertNull(next.replaced());
        assertNotEquals(first.key(), next.key());
        assertTrue(seats.claim(first.key(), "alice-again").isEmpty(), "the old key no longer pushes bob out");
    }

    @Test
    void releasingAnOldConnectionLeavesTheNewOneSeated() {
        var first = seats.claim(null, "tab-1").orElseThrow();
        seats.claim(first.key(), "tab-2");
        seats.release(first.seat(), "tab-1");
        assertEquals(java.util.List.of("tab-2"), seats.connected());
    }
}
