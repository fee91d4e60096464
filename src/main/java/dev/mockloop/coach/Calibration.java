package dev.mockloop.coach;

import java.util.Map;

/**
 * How the coach turns {@link Features} into a score: a logistic function of a weighted sum,
 * score = 1 / (1 + e^-z) with
 * <pre>
 * z = bias[kind] + wCosine·cosine + wRecall·recall + wPrecision·precision
 *   + (clarifying question: wAsked if the passage raises a question;
 *      other kinds: wNegated if it says no to what it names)
 *   + (story signal: wStory if the passage is part of the story)
 * </pre>
 * and two rules: a passage of the story covers only story signals (the story is about
 * another system), and a passage that doubts or puts off what it names ("probably fail
 * open", "revisit") covers no signal or outline item (it may still raise a question). An
 * item is covered when its best passage scores at least {@link #COVERED}.
 *
 * @param bias       per kind: lower makes the kind harder to cover
 * @param wCosine    weight of the sentence model's cosine
 * @param wRecall    weight of the share of the item's terms in the passage
 * @param wPrecision weight of the share of the passage's terms in the item
 * @param wAsked     weight of a passage that raises a question, for clarifying questions
 * @param wNegated   weight of a passage that says no to what it names, for other kinds
 * @param wStory     weight of a story passage, for story signals
 */
public record Calibration(Map<ItemKind, Double> bias, double wCosine, double wRecall, double wPrecision,
                          double wAsked, double wNegated, double wStory) {

    /** The score from which an item counts as covered. */
    public static final double COVERED = 0.5;

    public Calibration {
        bias = Map.copyOf(bias);
    }

    /** @return the score of one passage for an item of this kind, 0 to 1 */
    double score(ItemKind kind, Features f) {
        boolean storySignal = kind == ItemKind.BEHAVIORAL_SIGNAL;
        boolean question = kind == ItemKind.CLARIFYING_QUESTION;
        if ((f.story() && !storySignal) || (f.hedged() && !question)) {
            return 0;
        }
        double z = bias.getOrDefault(kind, 0.0) + wCosine * f.cosine() + wRecall * f.recall()
                + wPrecision * f.precision();
        if (question) {
            z += f.asked() ? wAsked : 0;
        } else {
            z += f.negated() ? wNegated : 0;
        }
        if (f.story() && storySignal) {
            z += wStory;
        }
        return 1 / (1 + Math.exp(-z));
    }
}
