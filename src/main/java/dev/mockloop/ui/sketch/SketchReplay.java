package dev.mockloop.ui.sketch;

import atlantafx.base.theme.Styles;
import dev.mockloop.sketch.Bounds;
import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.Timeline;
import dev.mockloop.sketch.paint.ElementPainter;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Replays a sketch as it grew during the round: the board at the chosen moment, a
 * {@link ReplayScrubber} with the phases marked, a caption (time, phase, element count)
 * and Play, which runs the whole round in {@value #PLAY_SECONDS} s. At the end of the round
 * it shows the saved picture, if given, in the same place. Read-only. Ids:
 * {@code #attempt-replay}, {@code #replay-canvas}, {@code #replay-scrubber},
 * {@code #replay-caption}, {@code #replay-play}.
 */
public final class SketchReplay extends VBox {

    /** How long Play takes for the whole round, s. */
    public static final double PLAY_SECONDS = 12;
    /** Largest size the replayed board is drawn at, px. */
    static final double MAX_WIDTH = 1000;
    static final double MAX_HEIGHT = 560;
    private static final double PADDING = 16;

    private final SketchReplayModel model;
    private final Canvas canvas = new Canvas();
    private final AnimationTimer player;
    private final Button play = new Button(null, new FontIcon(MaterialDesignP.PLAY));
    private double scale = 1;
    private Bounds frame;

    /** A replay without a saved picture; see {@link #SketchReplay(Timeline, List, ImageView)}. */
    public SketchReplay(Timeline timeline, List<PhaseMark> phases) {
        this(timeline, phases, null);
    }

    /**
     * @param timeline the sketch's timeline
     * @param phases   the round's phases with their times
     * @param picture  the saved picture of the finished sketch, shown at the end of the round
     *                 (its size sets the replay's); null for none
     */
    public SketchReplay(Timeline timeline, List<PhaseMark> phases, ImageView picture) {
        super(6);
        setId("attempt-replay");
        model = new SketchReplayModel(timeline, phases);
        canvas.setId("replay-canvas");
        canvas.getStyleClass().add("sketch-image");
        model.frame().ifPresent(f -> {
            frame = f.grow(PADDING);
            double maxW = MAX_WIDTH;
            double maxH = MAX_HEIGHT;
            if (picture != null && picture.getImage() != null) {
                maxW = picture.getFitWidth() > 0 ? picture.getFitWidth() : picture.getImage().getWidth();
                maxH = maxW * picture.getImage().getHeight() / picture.getImage().getWidth();
            }
            scale = Math.min(1, Math.min(maxW / frame.width(), maxH / frame.height()));
            canvas.setWidth(Math.ceil(frame.width() * scale));
            canvas.setHeight(Math.ceil(frame.height() * scale));
        });
        StackPane board = new StackPane(canvas);
        board.setAlignment(Pos.TOP_LEFT);
        if (picture != null) {
            board.getChildren().add(picture);
            model.timeProperty().addListener((o, was, now) -> showPicture(picture));
            showPicture(picture);
        }
        Label caption = new Label();
        caption.setId("replay-caption");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.textProperty().bind(model.captionProperty());
        play.setId("replay-play");
        play.setAccessibleText("Play the sketch's growth from the start of the round");
        play.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        play.setOnAction(e -> togglePlay());
        ReplayScrubber scrubber = new ReplayScrubber(model, timeline);
        scrubber.setPrefWidth(Math.max(canvas.getWidth(), 420));
        scrubber.setMaxWidth(Math.max(canvas.getWidth(), 420));
        HBox controls = new HBox(6, play, caption);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(board, scrubber, controls);
        model.elementsProperty().addListener((o, was, now) -> paint(now));
        paint(model.elementsProperty().get());
        player = new AnimationTimer() {
            private long last;

            @Override
            public void start() {
                last = 0;
                super.start();
            }

            @Override
            public void handle(long now) {
                if (last != 0) {
                    double step = (now - last) / 1e9 / PLAY_SECONDS * model.endMs();
                    model.timeProperty().set(model.timeProperty().get() + step);
                    if (model.timeProperty().get() >= model.endMs()) {
                        stopPlaying();
                    }
                }
                last = now;
            }
        };
    }

    private void showPicture(ImageView picture) {
        boolean atEnd = model.timeProperty().get() >= model.endMs();
        picture.setVisible(atEnd);
        canvas.setVisible(!atEnd);
    }

    /** @return the replay's state, e.g. to scrub from code */
    public SketchReplayModel model() {
        return model;
    }

    private void togglePlay() {
        if (play.getGraphic() instanceof FontIcon icon && icon.getIconCode() == MaterialDesignP.PAUSE) {
            stopPlaying();
            return;
        }
        if (model.timeProperty().get() >= model.endMs()) {
            model.timeProperty().set(0);
        }
        play.setGraphic(new FontIcon(MaterialDesignP.PAUSE));
        player.start();
    }

    private void stopPlaying() {
        player.stop();
        play.setGraphic(new FontIcon(MaterialDesignP.PLAY));
    }

    private void paint(List<Element> elements) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(GridLayer.BOARD);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frame == null) {
            return;
        }
        g.setTransform(scale, 0, 0, scale, -frame.minX() * scale, -frame.minY() * scale);
        ElementPainter.paintAll(new CanvasSurface(g), elements);
    }
}
