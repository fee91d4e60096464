package dev.mockloop.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a round's folder back: its segments for playback, its chunk log for the figures. */
public final class RecordingLoader {

    private RecordingLoader() {
    }

    /**
     * @return the recording; empty (no segments) if the folder does not exist
     * @throws VoiceException naming the file if a segment is not this app's format
     * @throws IOException    if a file cannot be read
     */
    public static Recording load(Path folder, String roundId) throws IOException {
        List<Segment> segments = new ArrayList<>();
        for (int n : RecordingFolder.segments(folder)) {
            segments.add(OggOpusReader.read(RecordingFolder.segment(folder, n), n));
        }
        return new Recording(roundId, segments);
    }

    /** @return the chunk log's whole lines, in order; empty if there is none */
    public static List<ChunkRecord> chunks(Path folder) throws IOException {
        return ChunkLog.read(RecordingFolder.chunkLog(folder));
    }
}
