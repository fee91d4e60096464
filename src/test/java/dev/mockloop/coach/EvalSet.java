package dev.mockloop.coach;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The coach's labelled evaluation set in src/test/resources/coach: per question, its
 * answer-key items frozen at the time of writing (plus an outline written for the set), and
 * note files written as candidates write them, each labelled with the items it covers.
 * Every (item, note file) pair is one label. Some covered items are marked paraphrases (the
 * idea in other words) and some missed ones traps (the words without the idea).
 */
public record EvalSet(List<Question> questions) {

    /** The question files, in the order they are read. */
    public static final List<String> FILES = List.of("payments-webhook-delivery", "cache-that-aged-badly",
            "realtime-card-fraud", "capacity-surge", "one-recommendation-rate-limiter");

    /** One frozen item. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, String kind, String part, String text) {
        public KeyItem toKeyItem() {
            ItemKind k = switch (kind) {
                case "design-signal" -> ItemKind.DESIGN_SIGNAL;
                case "behavioral-signal" -> ItemKind.BEHAVIORAL_SIGNAL;
                case "clarifying-question" -> ItemKind.CLARIFYING_QUESTION;
                case "outline" -> ItemKind.OUTLINE;
                default -> throw new IllegalArgumentException("unknown kind " + kind);
            };
            OutlinePart p = part == null ? null : OutlinePart.valueOf(part.toUpperCase(java.util.Locale.ROOT));
            return new KeyItem(k, p, text);
        }
    }

    /** One note file and its labels. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Case(String id, String notes, List<String> board, Set<String> covered, Set<String> paraphrase,
                       Set<String> trap) {
        public CoachInput input() {
            List<BoardText> texts = new ArrayList<>();
            for (int i = 0; i < board.size(); i++) {
                texts.add(new BoardText(i + 1, board.get(i)));
            }
            return new CoachInput(CoachInput.lines(notes), texts, List.of());
        }
    }

    /** One question of the set. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String pack, String question, String level, List<Item> items, List<Case> cases) {
        public AnswerKey key() {
            return new AnswerKey(items.stream().map(Item::toKeyItem).toList());
        }
    }

    /** @return the whole set, read from the test class path */
    public static EvalSet load() {
        ObjectMapper json = new ObjectMapper();
        List<Question> questions = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = EvalSet.class.getResourceAsStream("/coach/" + file + ".json")) {
                questions.add(json.readValue(in, Question.class));
            } catch (IOException e) {
                throw new UncheckedIOException(file, e);
            }
        }
        return new EvalSet(questions);
    }

    /** @return how many (item, note file) labels there are */
    public int labels() {
        return questions.stream().mapToInt(q -> q.items().size() * q.cases().size()).sum();
    }
}
