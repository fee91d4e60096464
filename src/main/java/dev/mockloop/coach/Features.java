package dev.mockloop.coach;

/**
 * How one passage of the candidate's text compares with one answer-key item.
 *
 * @param cosine    the sentence model's cosine of the two texts, -1 to 1
 * @param recall    the weighted share of the item's terms that the passage has, 0 to 1
 *                  (each term weighted by how rare it is among the question's items)
 * @param precision the share of the passage's terms that the item has, 0 to 1
 * @param asked     whether the passage reads as a question raised ({@link Passage#asked()})
 * @param negated   whether the passage says no to what it names ("no retries", "without a key")
 * @param hedged    whether the passage puts off or doubts what it names ("not sure", "later", "depends")
 * @param story     whether the passage is part of the behavioral story ({@link Passage#story()})
 */
record Features(double cosine, double recall, double precision, boolean asked, boolean negated,
                boolean hedged, boolean story) {
}
