package dev.mockloop.ui.history;

import dev.mockloop.ui.sketch.SketchReplayModel;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * What other features add to one attempt's page, each made for that attempt by the screen
 * factory: the recorded voice (under the sketch replay, sharing its scrubber, or with a
 * scrubber of its own when there is no replay), the talk figures, and the interviewer's sheet.
 * The page places them; the features decide what they show when there is nothing (e.g. a
 * round that was not recorded).
 *
 * @param voiceWithReplay the voice player driven by the sketch replay's scrubber
 * @param voiceAlone      the voice player with its own scrubber (phase bands)
 * @param talk            how the candidate talked
 * @param interviewer     the interviewer's scores, notes and feedback beside the self-score,
 *                        hidden while there are none
 */
public record AttemptExtras(Function<SketchReplayModel, Node> voiceWithReplay, Supplier<Node> voiceAlone,
                            Supplier<Node> talk, Supplier<Node> interviewer) {

    /** Nothing added: the page as it was before these features (tests of the page alone). */
    public static final AttemptExtras NONE = new AttemptExtras(sketch -> null, () -> null, () -> null, () -> null);
}
