package dev.mockloop.sketch;

import dev.mockloop.sketch.SketchJson.ElementJson;
import dev.mockloop.sketch.SketchJson.EntryJson;
import dev.mockloop.sketch.SketchJson.TimelineJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps a {@link Timeline} to and from JSON. An element that is still in the sketch
 * unchanged is written as {@code {"ref": id}}, so a timeline costs little more than the
 * changes it adds.
 */
final class TimelineCodec {

    private TimelineCodec() {
    }

    /** @return the JSON, or null when nothing was logged (the base is then the elements) */
    static TimelineJson toJson(Timeline timeline, Map<Long, Element> current) {
        if (!timeline.isRecorded()) {
            return null;
        }
        List<EntryJson> entries = new ArrayList<>(timeline.entries().size());
        for (Timeline.Entry entry : timeline.entries()) {
            TimelineOp op = entry.op();
            String phase = entry.phaseId().isEmpty() ? null : entry.phaseId();
            if (op instanceof TimelineOp.Insert insert) {
                entries.add(new EntryJson(entry.atMs(), phase, "insert", ints(insert.indices()),
                        elements(insert.elements(), current)));
            } else if (op instanceof TimelineOp.Remove remove) {
                entries.add(new EntryJson(entry.atMs(), phase, "remove", ints(remove.indices()), null));
            } else {
                entries.add(new EntryJson(entry.atMs(), phase, "replace", null,
                        elements(((TimelineOp.Replace) op).elements(), current)));
            }
        }
        return new TimelineJson(elements(timeline.base(), current), entries);
    }

    /**
     * @param current the decoded elements by id, for refs
     * @throws SketchFormatException if an entry is malformed or a ref names no element
     */
    static Timeline fromJson(TimelineJson json, Map<Long, Element> current) throws SketchFormatException {
        Timeline timeline = new Timeline(json.base() == null ? List.of() : elements("Timeline base", json.base(), current));
        List<EntryJson> entries = json.entries() == null ? List.of() : json.entries();
        for (int i = 0; i < entries.size(); i++) {
            EntryJson e = entries.get(i);
            String where = "Timeline entry " + (i + 1);
            if (e == null || e.t() == null || e.op() == null) {
                throw new SketchFormatException(where + " needs \"t\" and \"op\"");
            }
            if (e.t() < 0) {
                throw new SketchFormatException(where + " has a negative time");
            }
            TimelineOp op = switch (e.op()) {
                case "insert" -> {
                    List<Element> els = e.elements() == null ? null : elements(where, e.elements(), current);
                    if (e.at() == null || els == null || e.at().length != els.size()) {
                        throw new SketchFormatException(where + ": an insert needs one \"at\" per element");
                    }
                    yield new TimelineOp.Insert(boxed(e.at()), els);
                }
                case "remove" -> {
                    if (e.at() == null) {
                        throw new SketchFormatException(where + ": a remove needs \"at\"");
                    }
                    yield new TimelineOp.Remove(boxed(e.at()));
                }
                case "replace" -> {
                    if (e.elements() == null) {
                        throw new SketchFormatException(where + ": a replace needs \"elements\"");
                    }
                    yield new TimelineOp.Replace(elements(where, e.elements(), current));
                }
                default -> throw new SketchFormatException(where + " has unknown op \"" + e.op()
                        + "\"; expected insert, remove or replace");
            };
            timeline.restore(new Timeline.Entry(e.t(), e.phase() == null ? "" : e.phase(), op));
        }
        return timeline;
    }

    private static List<ElementJson> elements(List<Element> elements, Map<Long, Element> current) {
        List<ElementJson> out = new ArrayList<>(elements.size());
        for (Element e : elements) {
            out.add(current.get(e.id()) == e ? ElementJson.ref(e.id()) : ElementCodec.toJson(e));
        }
        return out;
    }

    private static List<Element> elements(String where, List<ElementJson> json, Map<Long, Element> current)
            throws SketchFormatException {
        List<Element> out = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            ElementJson e = json.get(i);
            if (e != null && e.ref() != null) {
                Element target = current.get(e.ref());
                if (target == null) {
                    throw new SketchFormatException(where + " refers to element " + e.ref() + ", which is not in the sketch");
                }
                out.add(target);
            } else {
                out.add(ElementCodec.fromJson(where + ", element " + (i + 1), e, false));
            }
        }
        return out;
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static List<Integer> boxed(int[] values) {
        List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }
}
