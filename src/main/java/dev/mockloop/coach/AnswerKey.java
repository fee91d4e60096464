package dev.mockloop.coach;

import dev.mockloop.pack.Outline;
import dev.mockloop.pack.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a question's pack says a strong answer covers, in the order the coach shows
 * it: design signals, story signals, clarifying questions, then the outline's components,
 * estimates and tradeoffs.
 *
 * @param items the items; may be empty for a question with no signals, questions or outline
 */
public record AnswerKey(List<KeyItem> items) {

    public AnswerKey {
        items = List.copyOf(items);
    }

    /** @return the answer key of a pack question, each item's text as in the pack */
    public static AnswerKey of(Question question) {
        List<KeyItem> items = new ArrayList<>();
        question.design().signals().forEach(s -> items.add(KeyItem.of(ItemKind.DESIGN_SIGNAL, s)));
        question.behavioral().signals().forEach(s -> items.add(KeyItem.of(ItemKind.BEHAVIORAL_SIGNAL, s)));
        question.design().clarifyingQuestions().forEach(s -> items.add(KeyItem.of(ItemKind.CLARIFYING_QUESTION, s)));
        Outline outline = question.design().outline();
        outline.components().forEach(s -> items.add(KeyItem.outline(OutlinePart.COMPONENT, s)));
        outline.estimates().forEach(s -> items.add(KeyItem.outline(OutlinePart.ESTIMATE, s)));
        outline.tradeoffs().forEach(s -> items.add(KeyItem.outline(OutlinePart.TRADEOFF, s)));
        return new AnswerKey(items);
    }

    /** @return whether there is nothing to check */
    public boolean isEmpty() {
        return items.isEmpty();
    }
}
