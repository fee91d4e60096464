package dev.mockloop.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.Behavioral;
import dev.mockloop.pack.Design;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Question;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Shape;
import dev.mockloop.sketch.ShapeKind;
import dev.mockloop.sketch.Sketch;
import dev.mockloop.sketch.Stencil;
import dev.mockloop.sketch.Style;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachTest {

    static final Question QUESTION = new Question("q", "Webhooks", Level.SENIOR, List.of(), "f",
            new Behavioral("Tell me about a duplicate.", List.of("Quantifies the damage to customers")),
            new Design("Design webhooks.", List.of("What counts as delivered: any 2xx?"), List.of(),
                    List.of("Uses exponential backoff with jitter for retries"), null,
                    new Outline(List.of("Transactional outbox table"), List.of("Peak 3,000 events/s"),
                            List.of("At-least-once delivery with dedup"), List.of())));

    private final Coach coach = new Coach(new FakeEncoder());

    @Test
    void answerKeyListsDesignSignalsStorySignalsQuestionsThenTheOutlineWithItsParts() {
        AnswerKey key = AnswerKey.of(QUESTION);
        assertEquals(List.of(ItemKind.DESIGN_SIGNAL, ItemKind.BEHAVIORAL_SIGNAL, ItemKind.CLARIFYING_QUESTION,
                ItemKind.OUTLINE, ItemKind.OUTLINE, ItemKind.OUTLINE), key.items().stream().map(KeyItem::kind).toList());
        assertEquals(OutlinePart.ESTIMATE, key.items().get(4).part());
        assertEquals("Peak 3,000 events/s", key.items().get(4).text(), "the pack's exact text");
    }

    @Test
    void aNoteLineNamingTheIdeaCoversItWithTheLineAsEvidence() {
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION),
                CoachInput.of("Qs\n\nretries: exponential backoff + jitter\n", List.of()));
        ItemResult backoff = result.items().get(0);
        assertTrue(backoff.covered(), backoff.toString());
        assertEquals(3, backoff.evidence().firstLine(), "blank lines keep the numbering");
        assertEquals("notes, line 3", backoff.evidence().where());
        assertEquals(1, result.covered());
    }

    @Test
    void shorthandAndNumbersMatchThePacksWords() {
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION),
                CoachInput.of("peak 3k evt/s\ndelivered = any 2xx", List.of()));
        assertTrue(result.items().get(4).covered(), "3k matches 3,000: " + result.items().get(4));
        assertTrue(result.items().get(2).covered(), result.items().get(2).toString());
    }

    @Test
    void aDoubtedIdeaIsNotCovered() {
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION),
                CoachInput.of("retries with exponential backoff and jitter? not sure, later", List.of()));
        assertFalse(result.items().get(0).covered(), result.items().get(0).toString());
        assertNull(result.items().get(0).evidence(), "a missed item has no evidence");
    }

    @Test
    void aWhiteboardLabelIsEvidenceWithItsElementId() {
        Sketch sketch = new Sketch();
        Shape box = sketch.add(new Shape(0, ShapeKind.CYLINDER, new Bounds(0, 0, 100, 60), Style.DEFAULT,
                "Transactional outbox table", Shape.DEFAULT_FONT_SIZE, Stencil.DATABASE));
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION), CoachInput.of("", sketch.elements()));
        ItemResult outbox = result.items().get(3);
        assertTrue(outbox.covered());
        assertEquals(Evidence.Source.WHITEBOARD, outbox.evidence().source());
        assertEquals(box.id(), outbox.evidence().elementId());
    }

    @Test
    void nothingWrittenCoversNothing() {
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION), CoachInput.EMPTY);
        assertEquals(0, result.covered());
        assertEquals(6, result.total());
    }

    @Test
    void aQuestionsItemsAreEncodedOnceForAllItsRounds() {
        FakeEncoder encoder = new FakeEncoder();
        Coach counting = new Coach(encoder);
        counting.prepare(AnswerKey.of(QUESTION));
        int afterPrepare = encoder.calls();
        counting.assess(AnswerKey.of(QUESTION), CoachInput.of("one line", List.of()));
        assertEquals(afterPrepare + 1, encoder.calls(), "only the new line is encoded");
    }

    @Test
    void theResultRoundTripsThroughItsStoredJson() {
        CoverageResult result = coach.assess(AnswerKey.of(QUESTION),
                CoachInput.of("retries: exponential backoff + jitter", List.of()));
        assertEquals(result, CoverageRepository.read(CoverageRepository.write(result)));
    }
}
