package dev.mockloop.sketch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The sketch JSON as Jackson reads and writes it, kept apart from the live model. Fields are
 * boxed so a missing one reads as null and is reported, not silently defaulted. Version 1
 * had only {@code strokes}; version 2 has {@code elements} and a {@code timeline}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "strokes", "elements", "timeline"})
record SketchJson(Integer version, List<ElementJson> strokes, List<ElementJson> elements, TimelineJson timeline) {

    /**
     * One element, flat: {@code type} says which fields apply. Points are flat x, y arrays
     * in px. In a timeline, {@code {"ref": id}} stands for the element of that id in
     * {@code elements}, unchanged.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ref", "id", "type", "kind", "stencil", "color", "width", "fill", "points",
        "x", "y", "w", "h", "start", "end", "heads", "startShape", "endShape", "label", "fontSize"})
    record ElementJson(Long ref, Long id, String type, String kind, String stencil, String color, Double width,
                       String fill, double[] points, Double x, Double y, Double w, Double h, double[] start,
                       double[] end, String heads, Long startShape, Long endShape, String label, Double fontSize) {

        static ElementJson ref(long id) {
            return new ElementJson(id, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null);
        }
    }

    /** The timeline: the elements it starts from, and its entries. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"base", "entries"})
    record TimelineJson(List<ElementJson> base, List<EntryJson> entries) {
    }

    /**
     * One timeline entry: {@code t} ms from the round's start, the phase id, and the op
     * ({@code insert} with {@code at} and {@code elements}, {@code remove} with {@code at},
     * {@code replace} with {@code elements}).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"t", "phase", "op", "at", "elements"})
    record EntryJson(Long t, String phase, String op, int[] at, List<ElementJson> elements) {
    }
}
