package dev.mockloop.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterviewSettingsTest {

    @Test
    void loopbackAndAnyFreePortUntilTheCandidateChoosesOtherwise() {
        assertEquals(InterviewSettings.DEFAULTS, InterviewSettings.from(Map.of()));
        assertEquals(new InterviewSettings(false, 0), InterviewSettings.DEFAULTS);
    }

    @Test
    void settingsRoundTripThroughTheirKeys() {
        InterviewSettings chosen = new InterviewSettings(true, 8765);
        assertEquals(Map.of("interview.lan", "true", "interview.port", "8765"), chosen.values());
        assertEquals(chosen, InterviewSettings.from(chosen.values()));
    }

    @Test
    void anUnreadableValueFallsBackToItsDefault() {
        assertEquals(InterviewSettings.DEFAULTS,
                InterviewSettings.from(Map.of("interview.lan", "maybe", "interview.port", "eighty")));
        assertEquals(InterviewSettings.DEFAULTS, InterviewSettings.from(Map.of("interview.port", "80")));
    }

    @Test
    void aPrivilegedOrImpossiblePortIsRefusedWithTheFix() {
        var e = assertThrows(IllegalArgumentException.class, () -> new InterviewSettings(false, 80));
        assertEquals("the interviewer's port must be 1024 to 65535, or 0 for any free port; got 80", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new InterviewSettings(false, 70_000));
    }
}
