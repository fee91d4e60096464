package dev.mockloop.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.PromptKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkRulesTest {

    @Test
    void builtInFrameworksAreValidAndHaveTheIssuesLengths() {
        for (Framework f : BuiltInFrameworks.ALL) {
            assertEquals(List.of(), FrameworkRules.check(f), f.id());
        }
        assertEquals(24 * 60_000, BuiltInFrameworks.BEHAVIORAL_ONLY.plannedMillis());
        assertTrue(BuiltInFrameworks.BEHAVIORAL_ONLY.phases().stream().allMatch(p -> p.prompt() == PromptKind.BEHAVIORAL));
        assertEquals(20 * 60_000, BuiltInFrameworks.SPEED_ROUND.plannedMillis());
    }

    @Test
    void eachProblemIsNamedWithItsFix() {
        Framework bad = new Framework("x", " ", null, List.of(
                new Phase("a", "", 0, "", PromptKind.DESIGN),
                new Phase("a", "A", 5, "", PromptKind.DESIGN)));
        List<String> problems = FrameworkRules.check(bad);
        assertTrue(problems.contains("Give the framework a title."), problems.toString());
        assertTrue(problems.contains("Phase 1 needs a title."), problems.toString());
        assertTrue(problems.contains("Phase 1 needs more than 0 minutes."), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("Phase 2 has the same name")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("5 minutes; a round must be 15 to 90")), problems.toString());
    }

    @Test
    void idsAreMadeFromTitles() {
        assertEquals("high-level-design", FrameworkRules.idFrom("High-level design!"));
        assertEquals("phase", FrameworkRules.idFrom("???"));
    }
}
