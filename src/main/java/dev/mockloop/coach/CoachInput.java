package dev.mockloop.coach;

import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * What the candidate produced in a round, as the coach reads it.
 *
 * @param notes        the notes, one entry per line (blank lines left out), numbered as in the notes
 * @param board        the whiteboard's texts, in z-order
 * @param probeAnswers answers to probes, when the round recorded any; usually empty
 */
public record CoachInput(List<NoteLine> notes, List<BoardText> board, List<ProbeAnswer> probeAnswers) {

    /** Nothing written, drawn or answered. */
    public static final CoachInput EMPTY = new CoachInput(List.of(), List.of(), List.of());

    public CoachInput {
        notes = List.copyOf(notes);
        board = List.copyOf(board);
        probeAnswers = probeAnswers == null ? List.of() : List.copyOf(probeAnswers);
    }

    /**
     * @param notes    the notes pane's text; lines end at \n, \r\n or \r
     * @param elements the sketch's elements; strokes carry no text and are skipped
     * @return the input with no probe answers
     */
    public static CoachInput of(String notes, List<? extends Element> elements) {
        return new CoachInput(lines(notes), board(elements), List.of());
    }

    /** @return the non-blank lines of a text, numbered from 1 as an editor shows them */
    public static List<NoteLine> lines(String text) {
        List<NoteLine> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] split = text.split("\\R", -1);
        for (int i = 0; i < split.length; i++) {
            String line = split[i].strip();
            if (!line.isEmpty()) {
                lines.add(new NoteLine(i + 1, line));
            }
        }
        return lines;
    }

    private static List<BoardText> board(List<? extends Element> elements) {
        List<BoardText> texts = new ArrayList<>();
        for (Element e : elements) {
            if (!(e instanceof Stroke) && !e.label().isBlank()) {
                texts.add(new BoardText(e.id(), e.label().strip()));
            }
        }
        return texts;
    }

    /** @return whether the candidate left nothing to read */
    public boolean isEmpty() {
        return notes.isEmpty() && board.isEmpty() && probeAnswers.isEmpty();
    }
}
