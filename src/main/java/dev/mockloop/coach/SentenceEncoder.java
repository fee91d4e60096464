package dev.mockloop.coach;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into a vector whose cosine with another sentence's vector says how
 * close their meanings are. The app's implementation runs a sentence-embedding model in
 * process ({@code dev.mockloop.coach.minilm}); tests use a fake. Implementations may be slow
 * to load and must be called off the UI thread.
 */
public interface SentenceEncoder {

    /**
     * @param text a sentence or short passage
     * @return its vector, unit length (L2-normalised), always of the same dimension
     */
    float[] encode(String text);

    /** @return the vectors of each text, in order */
    default List<float[]> encodeAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(encode(text));
        }
        return vectors;
    }

    /** @return the cosine of two unit vectors, -1 to 1 */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of different dimensions: " + a.length + ", " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
