package dev.mockloop.voice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A round's recording as read back: its segments on the round's clock. Where two segments
 * cover the same round time, the later one wins: that happens only after a kill, when the
 * round resumes from its last autosave (up to 5 s before the kill) and records that time
 * again, as the sketch and notes do.
 *
 * @param roundId  the round it belongs to
 * @param segments in recording order
 */
public record Recording(String roundId, List<Segment> segments) {

    /**
     * A stretch of round time played from one segment.
     *
     * @param segment index into {@link #segments()}
     * @param fromMs  round ms where it starts
     * @param toMs    round ms where it ends (exclusive)
     */
    public record Span(int segment, long fromMs, long toMs) {
    }

    public Recording {
        segments = List.copyOf(segments);
    }

    /** @return the audible spans, in round order, none overlapping; gaps between them are silence */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            long from = s.startRoundMs();
            long to = s.endRoundMs();
            if (to <= from) {
                continue;
            }
            List<Span> kept = new ArrayList<>();
            for (Span earlier : spans) {
                if (earlier.toMs() <= from || earlier.fromMs() >= to) {
                    kept.add(earlier);
                    continue;
                }
                // A later segment covers this part: keep what lies outside it.
                if (earlier.fromMs() < from) {
                    kept.add(new Span(earlier.segment(), earlier.fromMs(), from));
                }
                if (earlier.toMs() > to) {
                    kept.add(new Span(earlier.segment(), to, earlier.toMs()));
                }
            }
            kept.add(new Span(i, from, to));
            spans = kept;
        }
        spans.sort(Comparator.comparingLong(Span::fromMs));
        return spans;
    }

    /** @return the round ms after the last recorded sample; 0 if nothing was recorded */
    public long endMs() {
        return spans().stream().mapToLong(Span::toMs).max().orElse(0);
    }

    /** @return ms of audio that will be heard */
    public long audibleMs() {
        return spans().stream().mapToLong(s -> s.toMs() - s.fromMs()).sum();
    }

    /** @return bytes on disk */
    public long bytes() {
        return segments.stream().mapToLong(Segment::bytes).sum();
    }

    /** @return whether there is nothing to play */
    public boolean isEmpty() {
        return audibleMs() == 0;
    }
}
