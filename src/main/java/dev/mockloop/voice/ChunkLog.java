package dev.mockloop.voice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The chunk log: one JSON line per chunk, appended and fsync'd right after the chunk's
 * audio. A line cut short by a kill is skipped on reading.
 */
public final class ChunkLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final FileChannel channel;

    /** Opens the log for appending, creating it if needed. */
    public ChunkLog(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Appends one line and fsyncs it. */
    public void append(ChunkRecord chunk) throws IOException {
        byte[] line = (JSON.writeValueAsString(chunk) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** @return every whole line of the log, in order; empty if there is none */
    public static List<ChunkRecord> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<ChunkRecord> chunks = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ChunkRecord chunk = JSON.readValue(line, ChunkRecord.class);
                if (chunk.speech() != null) {
                    chunks.add(chunk);
                }
            } catch (JsonProcessingException cutShort) {
                // the last line of a log whose writer was killed mid-line
            }
        }
        return chunks;
    }
}
