package dev.mockloop.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mockloop.attempt.Attempt;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.attempt.DimensionScore;
import dev.mockloop.attempt.FailureModeHit;
import dev.mockloop.attempt.PhaseTime;
import dev.mockloop.attempt.ProbeResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes attempts as one JSON document, {@code {"format": "mockloop-attempts", "version": 1,
 * "attempts": [...]}}, streamed with Jackson so only one attempt is in memory. Each attempt
 * has every field of {@link Attempt} except the sketch PNG (the vector sketch is kept);
 * times are ISO-8601 UTC instants, durations ms.
 */
public final class JsonExport implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JsonGenerator json;

    /** Writes the document's opening. @param out closed by {@link #close()} */
    public JsonExport(OutputStream out) throws IOException {
        json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", "mockloop-attempts");
        json.writeNumberField("version", 1);
        json.writeArrayFieldStart("attempts");
    }

    /** The shape of one exported attempt. */
    record Exported(long id, String packId, String packVersion, String questionId, String questionTitle,
                    String behavioralPrompt, String designPrompt, String frameworkId, String frameworkTitle,
                    String startedAt, String endedAt, long activeMs, List<PhaseTime> phases, String notes,
                    String sketchJson, List<DimensionScore> scores, Double meanScore, List<FailureModeHit> failureModes,
                    String verdict, String reflection, List<ProbeResponse> probes) {
    }

    /** Writes one attempt. */
    public void write(Attempt a) throws IOException {
        MAPPER.writeValue(json, new Exported(a.id(), a.packId(), a.packVersion(), a.questionId(), a.questionTitle(),
                a.behavioralPrompt(), a.designPrompt(), a.frameworkId(), a.frameworkTitle(), a.startedAt().toString(),
                a.endedAt().toString(), a.activeTime().toMillis(), a.phases(), a.notes(), a.sketchJson(), a.scores(),
                Double.isNaN(a.meanScore()) ? null : a.meanScore(), a.failureModes(),
                a.verdict() == null ? null : a.verdict().name(), a.reflection(), a.probes()));
    }

    /**
     * Writes every attempt to a file, streaming.
     *
     * @return how many attempts were written
     * @throws IOException if the file cannot be written
     */
    public static int writeAll(AttemptRepository attempts, java.nio.file.Path file) throws IOException {
        try (JsonExport json = new JsonExport(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
            return attempts.forEach(json::write);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Closes the document and the stream. */
    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
