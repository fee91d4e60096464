package dev.mockloop.coach;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The offline coach: reads what the candidate wrote and drew and marks each answer-key item
 * covered or missed, with the passage that covers it. Each item is compared with every
 * {@link Passage} by the sentence model (meaning) and by terms (shorthand spelt out,
 * stemmed, synonyms folded); {@link Calibration} weighs the two.
 *
 * <p>Cost: one encoding per item and per passage (3 to 6 ms each with the bundled model on
 * this project's machines), plus a term comparison per pair. Not thread-safe: use one coach
 * from one thread (the coach service's).
 */
public final class Coach {

    /**
     * Fitted on the labelled set in src/test/resources/coach (270 labels over 5 questions) by
     * {@code CoachCalibrator}; see README "The coach" and BENCHMARKS.md for the figures.
     */
    public static final Calibration CALIBRATED = new Calibration(Map.of(
            ItemKind.DESIGN_SIGNAL, -5.6, ItemKind.BEHAVIORAL_SIGNAL, -4.4,
            ItemKind.CLARIFYING_QUESTION, -7.4, ItemKind.OUTLINE, -6.2),
            7.9, 7.1, 0.7, 2.3, -0.4, 0.7);

    private final SentenceEncoder encoder;
    private final Calibration calibration;
    private final Lexicon lexicon = new Lexicon();
    /** Vectors of texts seen lately: a question's items are encoded once for all its rounds. */
    private final Map<String, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHED_TEXTS;
        }
    };

    /** How many texts' vectors are kept: about 1.5 MB at 384 floats each. */
    static final int CACHED_TEXTS = 1_000;

    /** @param encoder the sentence model; called on the caller's thread */
    public Coach(SentenceEncoder encoder) {
        this(encoder, CALIBRATED);
    }

    /** @param calibration how features become a score (tests and the calibrator try others) */
    public Coach(SentenceEncoder encoder, Calibration calibration) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    /**
     * @param key   the question's answer key
     * @param input what the candidate wrote, drew and answered
     * @return one finding per item, in the key's order, with evidence for each covered item;
     *         all missed when the input is empty
     * @throws RuntimeException whatever the encoder throws (e.g. the model failed to load)
     */
    public CoverageResult assess(AnswerKey key, CoachInput input) {
        List<Passage> passages = Passage.of(input);
        Features[][] features = features(key, passages);
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < key.items().size(); i++) {
            KeyItem item = key.items().get(i);
            double best = 0;
            Evidence evidence = null;
            for (int p = 0; p < passages.size(); p++) {
                double score = calibration.score(item.kind(), features[i][p]);
                if (score > best) {
                    best = score;
                    evidence = passages.get(p).evidence();
                }
            }
            boolean covered = best >= Calibration.COVERED;
            if (covered && evidence.firstLine() != evidence.lastLine()) {
                evidence = singleLine(item, passages, features[i], evidence);
            }
            results.add(new ItemResult(item, covered, best, covered ? evidence : null));
        }
        return CoverageResult.of(results);
    }

    /** Where two lines together cover an item and one of them does alone, that line is the evidence. */
    private Evidence singleLine(KeyItem item, List<Passage> passages, Features[] features, Evidence pair) {
        double best = 0;
        Evidence line = pair;
        for (int p = 0; p < passages.size(); p++) {
            Evidence e = passages.get(p).evidence();
            if (e.source() == Evidence.Source.NOTES && e.firstLine() == e.lastLine()
                    && e.firstLine() >= pair.firstLine() && e.lastLine() <= pair.lastLine()) {
                double score = calibration.score(item.kind(), features[p]);
                if (score >= Calibration.COVERED && score > best) {
                    best = score;
                    line = e;
                }
            }
        }
        return line;
    }

    /**
     * Encodes a question's items ahead of time (e.g. while the round runs), so that
     * {@link #assess} after the round only encodes the candidate's text.
     */
    public void prepare(AnswerKey key) {
        encode(key.items().stream().map(KeyItem::text).toList());
    }

    private List<float[]> encode(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> encoded = encoder.encodeAll(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), encoded.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            float[] v = vectors.get(t);
            out.add(v != null ? v : encoder.encode(t));
        }
        return out;
    }

    /** @return features[item][passage] */
    Features[][] features(AnswerKey key, List<Passage> passages) {
        List<KeyItem> items = key.items();
        List<Set<String>> itemTerms = new ArrayList<>();
        for (KeyItem item : items) {
            itemTerms.add(new LinkedHashSet<>(lexicon.terms(item.text())));
        }
        TermWeights weights = new TermWeights(itemTerms);
        List<float[]> itemVectors = encode(items.stream().map(KeyItem::text).toList());

        List<float[]> passageVectors = encode(passages.stream().map(Passage::text).toList());
        Features[][] features = new Features[items.size()][passages.size()];
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            Set<String> terms = new LinkedHashSet<>(lexicon.terms(passage.text()));
            boolean negated = lexicon.negated(passage.text());
            boolean hedged = lexicon.hedged(passage.text());
            for (int i = 0; i < items.size(); i++) {
                double cosine = SentenceEncoder.cosine(itemVectors.get(i), passageVectors.get(p));

                Set<String> item = itemTerms.get(i);
                features[i][p] = new Features(cosine, weights.recall(item, terms), TermWeights.precision(item, terms),
                        passage.asked(), negated, hedged, passage.story());
            }
        }
        return features;
    }
}
