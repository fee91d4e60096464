package dev.mockloop.app;

import java.util.List;
import java.util.Map;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the window where it was last time ({@link WindowPlacement}) and remembers where it
 * is: its size and position while not maximised or minimised, and whether it is maximised.
 */
final class WindowKeeper {

    private final Stage stage;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private double width;
    private double height;

    WindowKeeper(Stage stage) {
        this.stage = stage;
        width = WindowPlacement.FIRST_START.width();
        height = WindowPlacement.FIRST_START.height();
        stage.xProperty().addListener((o, was, now) -> track());
        stage.yProperty().addListener((o, was, now) -> track());
        stage.widthProperty().addListener((o, was, now) -> track());
        stage.heightProperty().addListener((o, was, now) -> track());
    }

    /**
     * Places the window as saved, or at the first start's size centred on the primary
     * screen; a saved position on no screen is ignored.
     *
     * @param saved every saved setting, as read at start
     */
    void restore(Map<String, String> saved) {
        WindowPlacement placement = WindowPlacement.from(saved).orElse(WindowPlacement.FIRST_START)
                .fittedTo(screens());
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        track();
        if (placement.maximised()) {
            stage.setMaximized(true);
        }
    }

    /** @return where the window is now, as {@code window.*} settings to save */
    Map<String, String> current() {
        return new WindowPlacement(x, y, width, height, stage.isMaximized()).toValues();
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && stage.getWidth() > 0 && stage.getHeight() > 0) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    private static List<WindowPlacement.Area> screens() {
        List<Screen> all = new java.util.ArrayList<>(Screen.getScreens());
        all.remove(Screen.getPrimary());
        all.add(0, Screen.getPrimary());
        return all.stream().map(s -> new WindowPlacement.Area(s.getVisualBounds().getMinX(),
                s.getVisualBounds().getMinY(), s.getVisualBounds().getWidth(), s.getVisualBounds().getHeight()))
                .toList();
    }
}
