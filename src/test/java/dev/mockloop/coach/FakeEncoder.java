package dev.mockloop.coach;

import java.util.Locale;

/**
 * A sentence encoder for tests: hashes each word into one of 64 dimensions, so texts that
 * share words have a high cosine and texts that share none have 0. Counts its calls.
 */
public final class FakeEncoder implements SentenceEncoder {

    private int calls;

    @Override
    public float[] encode(String text) {
        calls++;
        float[] v = new float[64];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() > 2) {
                v[Math.floorMod(w.hashCode(), v.length)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
        }
        return v;
    }

    /** @return how many texts were encoded */
    public int calls() {
        return calls;
    }
}
