package dev.mockloop.sketch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sketch's history as it happened: the elements it started from (its base, empty for a
 * new sketch) and every primitive change since, each stamped with the ms from the round's
 * start and the phase it fell in. Unlike undo history it is never rewound: an undo is
 * logged as the changes that reverted the edit. {@link #replay} rebuilds the sketch as it
 * was at any moment, for the attempt view's scrubber.
 */
public final class Timeline {

    /**
     * One logged change.
     *
     * @param atMs    ms from the round's start (pauses excluded)
     * @param phaseId the phase it happened in, "" for none
     * @param op      the change
     */
    public record Entry(long atMs, String phaseId, TimelineOp op) {
    }

    private final List<Element> base;
    private final List<Entry> entries = new ArrayList<>();

    /** @param base the elements the log starts from, bottom first */
    Timeline(List<? extends Element> base) {
        this.base = List.copyOf(base);
    }

    /** @return the elements the log starts from, bottom first */
    public List<Element> base() {
        return base;
    }

    /** @return every logged change, oldest first; a read-only view that grows with the sketch */
    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** @return whether any change was logged (a sketch saved before timelines existed has none) */
    public boolean isRecorded() {
        return !entries.isEmpty();
    }

    /** @return the time of the last change, ms; 0 when none */
    public long endMs() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).atMs();
    }

    /**
     * The sketch as it was at a moment: the base with every change stamped at or before
     * {@code atMs} applied.
     *
     * @param atMs ms from the round's start
     * @return the elements, bottom first; a new list
     * @throws IllegalStateException if the log does not fit its base (a corrupt file)
     */
    public List<Element> replay(long atMs) {
        List<Element> list = new ArrayList<>(base);
        for (Entry entry : entries) {
            if (entry.atMs() > atMs) {
                break;
            }
            entry.op().applyTo(list);
        }
        return list;
    }

    /**
     * When each phase's changes began and ended, in order of first appearance.
     *
     * @return phase id to {first ms, last ms}; phases with no change are absent
     */
    public Map<String, long[]> phaseSpans() {
        Map<String, long[]> spans = new LinkedHashMap<>();
        for (Entry entry : entries) {
            long[] span = spans.computeIfAbsent(entry.phaseId(), k -> new long[] {entry.atMs(), entry.atMs()});
            span[1] = entry.atMs();
        }
        return spans;
    }

    /** @return the highest element id in the base or any insert, 0 if none */
    long highestId() {
        long highest = 0;
        for (Element e : base) {
            highest = Math.max(highest, e.id());
        }
        for (Entry entry : entries) {
            if (entry.op() instanceof TimelineOp.Insert insert) {
                for (Element e : insert.elements()) {
                    highest = Math.max(highest, e.id());
                }
            }
        }
        return highest;
    }

    /** Logs a change; stamps must not go back in time (a later stamp below the last is raised to it). */
    void record(SketchStamp stamp, TimelineOp op) {
        long at = Math.max(stamp.elapsedMs(), endMs());
        entries.add(new Entry(at, stamp.phaseId(), op));
    }

    /** Appends a decoded entry. */
    void restore(Entry entry) {
        entries.add(entry);
    }
}
