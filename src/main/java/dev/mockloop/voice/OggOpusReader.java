package dev.mockloop.voice;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gagravarr.ogg.OggPacket;
import org.gagravarr.ogg.OggPacketReader;
import org.gagravarr.opus.OpusAudioData;
import org.gagravarr.opus.OpusInfo;
import org.gagravarr.opus.OpusPacketFactory;
import org.gagravarr.opus.OpusTags;

/**
 * Reads a segment written by {@link OggOpusWriter}, keeping its packets in memory (about
 * 3 kB a second) so a replay can seek anywhere at once. A file cut short by a kill is read
 * up to its last whole page: what follows is dropped, not reported.
 */
public final class OggOpusReader {

    private OggOpusReader() {
    }

    /**
     * @param number its place in the recording, from 1
     * @throws VoiceException naming the file if it is not an Ogg Opus file of this app's format
     * @throws IOException    if it cannot be read
     */
    public static Segment read(Path file, int number) throws IOException {
        long size = Files.size(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            OggPacketReader reader = new OggPacketReader(in);
            OggPacket head = next(reader);
            if (head == null || !OpusPacketFactory.isOpusStream(head)) {
                throw new VoiceException(file + " is not an Opus recording; remove it from the recording's folder");
            }
            OpusInfo info = new OpusInfo(head);
            if (info.getNumChannels() != 1) {
                throw new VoiceException(file + " has " + info.getNumChannels() + " channels; Mockloop records one");
            }
            OggPacket tagPacket = next(reader);
            long startRoundMs = tagPacket == null ? 0 : startOf(new OpusTags(tagPacket), file);
            int preSkip = info.getPreSkip() / (AudioSpec.GRANULE_RATE / AudioSpec.SAMPLE_RATE);
            List<byte[]> packets = new ArrayList<>();
            long decoded = 0;
            OggPacket packet;
            while ((packet = next(reader)) != null) {
                byte[] data = packet.getData();
                if (data.length == 0) {
                    continue;  // the empty end-of-stream packet
                }
                packets.add(data);
                decoded += new OpusAudioData(data).getNumberOfSamples() / (AudioSpec.GRANULE_RATE / AudioSpec.SAMPLE_RATE);
            }
            // The segment lasts as long as the audio written into it; its last few ms (the encoder's
            // look-ahead, the pre-skip) come out of the decoder as silence.
            return new Segment(number, startRoundMs, preSkip, packets, decoded, size);
        }
    }

    /** The next packet, or null at the end of the file or at a page cut short by a kill. */
    private static OggPacket next(OggPacketReader reader) {
        try {
            return reader.getNextPacket();
        } catch (IOException | RuntimeException truncated) {
            return null;
        }
    }

    private static long startOf(OpusTags tags, Path file) {
        List<String> values = tags.getComments(OggOpusWriter.ROUND_MS_TAG);
        if (values.isEmpty()) {
            throw new VoiceException(file + " was not recorded by Mockloop (no " + OggOpusWriter.ROUND_MS_TAG
                    + " tag); remove it from the recording's folder");
        }
        try {
            return Long.parseLong(values.get(0).trim());
        } catch (NumberFormatException e) {
            throw new VoiceException(file + ": tag " + OggOpusWriter.ROUND_MS_TAG + " should be a whole number of ms, was \""
                    + values.get(0) + "\"");
        }
    }
}
