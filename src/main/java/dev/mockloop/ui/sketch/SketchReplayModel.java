package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Timeline;
import dev.mockloop.sketch.TimelineOp;
import dev.mockloop.ui.common.TimeText;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The replay's state: a moment of the round (ms) and the sketch as it was then, with the
 * phase it fell in. Moving {@link #timeProperty()} replays the timeline to that moment.
 */
public final class SketchReplayModel {

    private final Timeline timeline;
    private final List<PhaseMark> phases;
    private final long endMs;
    private final Bounds frame;
    private final DoubleProperty time = new SimpleDoubleProperty(this, "time");
    private final ReadOnlyObjectWrapper<List<Element>> elements = new ReadOnlyObjectWrapper<>(this, "elements");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption");

    /**
     * Starts at the end of the round, showing the final sketch.
     *
     * @param timeline the sketch's timeline
     * @param phases   the round's phases in order, with their times
     */
    public SketchReplayModel(Timeline timeline, List<PhaseMark> phases) {
        this.timeline = timeline;
        this.phases = List.copyOf(phases);
        long lastPhase = phases.isEmpty() ? 0 : phases.get(phases.size() - 1).endMs();
        this.endMs = Math.max(1, Math.max(lastPhase, timeline.endMs()));
        this.frame = frameOf(timeline);
        time.addListener((o, was, now) -> update());
        time.set(endMs);
        update();
    }

    /** @return the moment shown, ms from the round's start; set it to scrub (clamped to the round) */
    public DoubleProperty timeProperty() {
        return time;
    }

    /** @return the round's length on the replay's axis, ms */
    public long endMs() {
        return endMs;
    }

    /** @return the phases, for markers */
    public List<PhaseMark> phases() {
        return phases;
    }

    /** @return the elements on the board at the moment shown, bottom first */
    public ReadOnlyObjectProperty<List<Element>> elementsProperty() {
        return elements.getReadOnlyProperty();
    }

    /** @return e.g. "12:05 · API and data model · 14 elements" */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** @return the box holding every element the sketch ever had, px, so the replay does not jump; empty if none */
    public Optional<Bounds> frame() {
        return Optional.ofNullable(frame);
    }

    /**
     * @return the phase the moment falls in, if any; at the very end of the round, the last
     *         phase that took any time
     */
    public Optional<PhaseMark> phaseAt(long ms) {
        for (PhaseMark p : phases) {
            if (ms >= p.startMs() && ms < p.endMs()) {
                return Optional.of(p);
            }
        }
        for (int i = phases.size() - 1; i >= 0; i--) {
            PhaseMark p = phases.get(i);
            if (p.endMs() > p.startMs() && ms >= p.endMs()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void update() {
        long ms = Math.max(0, Math.min(endMs, Math.round(time.get())));
        if (ms != time.get()) {
            time.set(ms);
            return;
        }
        List<Element> now = timeline.replay(ms);
        elements.set(now);
        String phase = phaseAt(ms).map(p -> " · " + p.title()).orElse("");
        caption.set(TimeText.duration(ms) + phase + " · " + now.size() + (now.size() == 1 ? " element" : " elements"));
    }

    private static Bounds frameOf(Timeline timeline) {
        Bounds all = null;
        for (Element e : timeline.base()) {
            all = Bounds.union(all, e.bounds());
        }
        for (Timeline.Entry entry : timeline.entries()) {
            List<Element> touched = entry.op() instanceof TimelineOp.Insert i ? i.elements()
                    : entry.op() instanceof TimelineOp.Replace r ? r.elements() : List.of();
            for (Element e : touched) {
                all = Bounds.union(all, e.bounds());
            }
        }
        return all;
    }
}
