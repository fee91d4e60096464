package dev.mockloop.voice;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.gagravarr.ogg.OggFile;
import org.gagravarr.ogg.OggPacket;
import org.gagravarr.ogg.OggPacketWriter;
import org.gagravarr.opus.OpusInfo;
import org.gagravarr.opus.OpusTags;

/**
 * Writes one continuous run of speech (a segment) as an Ogg Opus file (RFC 7845), encoded
 * with Concentus (a pure-Java port of libopus) and framed by vorbis-java-core's Ogg writer.
 * Frames are buffered until {@link #flushChunk()}, which writes them as one Ogg page and
 * fsyncs the file: what a kill leaves behind is every flushed chunk, readable by
 * {@link OggOpusReader} and by any Opus player.
 *
 * <p>The file's tags carry {@value #ROUND_MS_TAG}, the round's elapsed ms (pauses excluded)
 * at the segment's first sample, so a folder of segments places itself on the round's clock.
 * Not thread-safe: one capture thread owns it.
 */
public final class OggOpusWriter implements AutoCloseable {

    /** Tag holding the round ms of the first sample. */
    public static final String ROUND_MS_TAG = "MOCKLOOP_ROUND_MS";

    private final FileOutputStream file;
    private final BufferedOutputStream out;
    private final OggFile ogg;
    private final OggPacketWriter packets;
    private final OpusEncoder encoder;
    private final int preSkip48k;
    private final byte[] packet = new byte[1275];
    private long samples;
    private boolean closed;

    /**
     * Creates the file and writes its two header pages (fsync'd).
     *
     * @param path        the new file; an existing one is replaced
     * @param startRoundMs the round's elapsed ms at the first sample
     * @throws IOException if the file cannot be written
     */
    public OggOpusWriter(Path path, long startRoundMs) throws IOException {
        try {
            encoder = new OpusEncoder(AudioSpec.SAMPLE_RATE, 1, OpusApplication.OPUS_APPLICATION_VOIP);
        } catch (OpusException e) {
            throw new IOException("the speech encoder could not start: " + e.getMessage(), e);
        }
        encoder.setBitrate(AudioSpec.BITRATE_BPS);
        encoder.setComplexity(AudioSpec.COMPLEXITY);
        encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
        preSkip48k = encoder.getLookahead() * (AudioSpec.GRANULE_RATE / AudioSpec.SAMPLE_RATE);
        file = new FileOutputStream(path.toFile());
        out = new BufferedOutputStream(file, 16 * 1024);
        ogg = new OggFile(out);
        packets = ogg.getPacketWriter();
        OpusInfo info = new OpusInfo();
        info.setNumChannels(1);
        info.setSampleRate(AudioSpec.SAMPLE_RATE);
        info.setPreSkip(preSkip48k);
        info.setOutputGain(0);
        OpusTags tags = new OpusTags();
        tags.addComment(ROUND_MS_TAG, Long.toString(startRoundMs));
        tags.addComment("ENCODER", "Mockloop (Concentus)");
        // RFC 7845 section 3: the ID header alone on the first page, the tags on the next.
        packets.bufferPacket(info.write(), true);
        packets.bufferPacket(tags.write(), true);
        sync();
    }

    /**
     * Encodes one 20 ms frame.
     *
     * @param pcm    mono samples at {@link AudioSpec#SAMPLE_RATE}
     * @param offset where the frame starts; {@link AudioSpec#FRAME_SAMPLES} samples are read
     * @throws IOException if the encoder refuses the frame
     */
    public void writeFrame(short[] pcm, int offset) throws IOException {
        int length;
        try {
            length = encoder.encode(pcm, offset, AudioSpec.FRAME_SAMPLES, packet, 0, packet.length);
        } catch (OpusException e) {
            throw new IOException("a frame could not be encoded: " + e.getMessage(), e);
        }
        byte[] data = new byte[length];
        System.arraycopy(packet, 0, data, 0, length);
        packets.bufferPacket(new OggPacket(data));
        samples += AudioSpec.FRAME_SAMPLES;
    }

    /** @return samples written so far (flushed or not) */
    public long samples() {
        return samples;
    }

    /**
     * Writes the buffered frames as a page with its granule position and fsyncs the file.
     *
     * @throws IOException if the disk refuses
     */
    public void flushChunk() throws IOException {
        packets.setGranulePosition(granule());
        packets.flush();
        sync();
    }

    private long granule() {
        return preSkip48k + samples * (AudioSpec.GRANULE_RATE / AudioSpec.SAMPLE_RATE);
    }

    private void sync() throws IOException {
        out.flush();
        file.getFD().sync();
    }

    /** Flushes what is left, marks the end of the stream and closes the file. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            packets.setGranulePosition(granule());
            packets.close();
            sync();
        } finally {
            ogg.close();
        }
    }
}
