package dev.mockloop.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the candidate spoke, on the round's clock: the speech detector's flags from the
 * chunk log, placed by their segments and cut to the stretches the recording plays (see
 * {@link Recording#spans()}), joined into spurts, with spurts under
 * {@link TalkFigures#MIN_SPURT_MS} dropped.
 */
public final class SpeechTrack {

    /** A stretch of round time, ms, end exclusive. */
    public record Interval(long fromMs, long toMs) {

        /** @return its length, ms */
        public long length() {
            return toMs - fromMs;
        }

        long overlap(long from, long to) {
            return Math.max(0, Math.min(toMs, to) - Math.max(fromMs, from));
        }
    }

    private final List<Interval> recorded;
    private final List<Interval> speech;

    private SpeechTrack(List<Interval> recorded, List<Interval> speech) {
        this.recorded = List.copyOf(recorded);
        this.speech = List.copyOf(speech);
    }

    /**
     * @param recording the recording, for where each segment sits and what is heard of it
     * @param chunks    its chunk log
     */
    public static SpeechTrack of(Recording recording, List<ChunkRecord> chunks) {
        List<Recording.Span> spans = recording.spans();
        List<Interval> raw = new ArrayList<>();
        for (ChunkRecord chunk : chunks) {
            int index = indexOf(recording, chunk.segment());
            if (index < 0) {
                continue;
            }
            long segmentStart = recording.segments().get(index).startRoundMs();
            String flags = chunk.speech();
            for (int i = 0; i < flags.length(); i++) {
                if (flags.charAt(i) != '1') {
                    continue;
                }
                long from = segmentStart + AudioSpec.samplesToMs(chunk.firstSample()) + (long) i * AudioSpec.FRAME_MS;
                long to = from + AudioSpec.FRAME_MS;
                for (Recording.Span span : spans) {
                    if (span.segment() == index) {
                        long a = Math.max(from, span.fromMs());
                        long b = Math.min(to, span.toMs());
                        if (b > a) {
                            raw.add(new Interval(a, b));
                        }
                    }
                }
            }
        }
        raw.sort(java.util.Comparator.comparingLong(Interval::fromMs));
        List<Interval> joined = new ArrayList<>();
        for (Interval next : raw) {
            if (!joined.isEmpty() && next.fromMs() <= joined.get(joined.size() - 1).toMs()) {
                Interval last = joined.remove(joined.size() - 1);
                joined.add(new Interval(last.fromMs(), Math.max(last.toMs(), next.toMs())));
            } else {
                joined.add(next);
            }
        }
        List<Interval> kept = joined.stream().filter(i -> i.length() >= TalkFigures.MIN_SPURT_MS).toList();
        List<Interval> heard = spans.stream().map(s -> new Interval(s.fromMs(), s.toMs())).toList();
        return new SpeechTrack(heard, kept);
    }

    private static int indexOf(Recording recording, int number) {
        for (int i = 0; i < recording.segments().size(); i++) {
            if (recording.segments().get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    /** @return the spurts of speech, in order, none overlapping */
    public List<Interval> speech() {
        return speech;
    }

    /** @return the stretches of round time the recording covers */
    public List<Interval> recorded() {
        return recorded;
    }

    /** @return ms of speech between {@code fromMs} and {@code toMs} */
    public long talkMs(long fromMs, long toMs) {
        return speech.stream().mapToLong(i -> i.overlap(fromMs, toMs)).sum();
    }

    /** @return the longest recorded stretch without speech, ms (stretches touching end to end count as one) */
    public long longestSilenceMs() {
        long longest = 0;
        long runStart = -1;
        long runEnd = -1;
        List<Interval> quiet = new ArrayList<>();
        for (Interval r : recorded) {
            long at = r.fromMs();
            for (Interval s : speech) {
                if (s.toMs() <= at || s.fromMs() >= r.toMs()) {
                    continue;
                }
                if (s.fromMs() > at) {
                    quiet.add(new Interval(at, s.fromMs()));
                }
                at = Math.max(at, s.toMs());
            }
            if (at < r.toMs()) {
                quiet.add(new Interval(at, r.toMs()));
            }
        }
        for (Interval q : quiet) {
            if (q.fromMs() == runEnd) {
                runEnd = q.toMs();
            } else {
                runStart = q.fromMs();
                runEnd = q.toMs();
            }
            longest = Math.max(longest, runEnd - runStart);
        }
        return longest;
    }

    /** @return the start of the first spurt beginning at or after {@code ms}, or -1 if none */
    public long firstSpeechFrom(long ms) {
        for (Interval s : speech) {
            if (s.fromMs() >= ms) {
                return s.fromMs();
            }
        }
        return -1;
    }
}
