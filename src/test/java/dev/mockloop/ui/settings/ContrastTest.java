package dev.mockloop.ui.settings;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.mockloop.app.MockloopApp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * WCAG AA contrast ({@link Wcag}) in both themes, measured on the colours JavaFX computes
 * from the theme and the app's stylesheets: the theme's main text and background pairs,
 * the app's own text on its own backgrounds (mockloop.css, mockloop-dark.css), and the
 * focus ring and chart marks against the page (the whiteboard's ink: BoardLookTest). Each figure is printed as
 * {@code CONTRAST <theme> <pair> <ratio>}.
 */
@ExtendWith(ApplicationExtension.class)
class ContrastTest {

    /** A theme as the app applies it. */
    record Theme(String name, String userAgent, boolean dark) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Theme> themes() {
        return Stream.of(new Theme("light", new PrimerLight().getUserAgentStylesheet(), false),
                new Theme("dark", new PrimerDark().getUserAgentStylesheet(), true));
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new VBox(), 100, 100));
        stage.show();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void theThemesMainTextAndBackgroundPairsMeetAa(Theme theme) throws Exception {
        List<String> failures = new ArrayList<>();
        Page page = fx(() -> new Page(theme));
        check(theme, failures, "fg-default on bg-default", page.lookup("-color-fg-default"), page.bg(), Wcag.TEXT);
        check(theme, failures, "fg-default on bg-subtle", page.lookup("-color-fg-default"), page.lookup("-color-bg-subtle"),
                Wcag.TEXT);
        check(theme, failures, "fg-muted on bg-default", page.lookup("-color-fg-muted"), page.bg(), Wcag.TEXT);
        check(theme, failures, "fg-muted on bg-subtle", page.lookup("-color-fg-muted"), page.lookup("-color-bg-subtle"),
                Wcag.TEXT);
        check(theme, failures, "accent-fg on bg-default", page.lookup("-color-accent-fg"), page.bg(), Wcag.TEXT);
        check(theme, failures, "accent-fg on bg-subtle (brand)", page.lookup("-color-accent-fg"),
                page.lookup("-color-bg-subtle"), Wcag.TEXT);
        check(theme, failures, "danger-fg on bg-default", page.lookup("-color-danger-fg"), page.bg(), Wcag.TEXT);
        check(theme, failures, "fg-emphasis on accent-emphasis", page.lookup("-color-fg-emphasis"),
                page.lookup("-color-accent-emphasis"), Wcag.TEXT);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void theAppsOwnTextOnItsOwnBackgroundsMeetsAa(Theme theme) throws Exception {
        List<String> failures = new ArrayList<>();
        Page page = fx(() -> new Page(theme));
        for (String[] chip : new String[][] {{"phase-chip"}, {"phase-chip", "done"}, {"phase-chip", "current"},
                {"cue-banner"}, {"notice-banner"}, {"practice-next"}, {"original-scoring"}}) {
            Label label = fx(() -> page.label(chip));
            check(theme, failures, String.join(".", chip), label.getTextFill() instanceof Color c ? c : null,
                    page.backgroundOf(label), Wcag.TEXT);
        }
        Label muted = fx(() -> page.label("text-muted"));
        check(theme, failures, "text-muted in a settings section", (Color) muted.getTextFill(),
                page.lookup("-color-bg-subtle"), Wcag.TEXT);
        Label overtime = fx(() -> page.label("phase-time", "overtime"));
        check(theme, failures, "phase-time.overtime", (Color) overtime.getTextFill(), page.bg(), Wcag.TEXT);
        Label warning = fx(() -> page.label("phase-time", "warning"));
        check(theme, failures, "phase-time.warning (30 px bold: large)", (Color) warning.getTextFill(), page.bg(),
                Wcag.LARGE_OR_GRAPHIC);
        Label keys = fx(() -> page.label("shortcut-keys"));
        check(theme, failures, "shortcut-keys", (Color) keys.getTextFill(), page.bg(), Wcag.TEXT);
        for (boolean selected : new boolean[] {false, true}) {
            ToggleButton level = fx(() -> page.levelButton(selected));
            check(theme, failures, "level-button" + (selected ? ":selected" : ""), (Color) level.getTextFill(),
                    page.backgroundOf(level), Wcag.TEXT);
        }
        check(theme, failures, "selected row text (fg-default on accent-muted)", page.lookup("-color-fg-default"),
                Wcag.over(page.lookup("-color-accent-muted"), page.bg()), Wcag.TEXT);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("themes")
    void focusRingsAndChartMarksStandOutFromThePage(Theme theme) throws Exception {
        List<String> failures = new ArrayList<>();
        Page page = fx(() -> new Page(theme));
        check(theme, failures, "focus ring on bg-default", page.lookup("-color-focus-ring"), page.bg(),
                Wcag.LARGE_OR_GRAPHIC);
        check(theme, failures, "focus ring on bg-subtle", page.lookup("-color-focus-ring"),
                page.lookup("-color-bg-subtle"), Wcag.LARGE_OR_GRAPHIC);
        for (int i = 1; i <= 5; i++) {
            check(theme, failures, "chart colour " + i + " on bg-default", page.lookup("-color-chart-" + i), page.bg(),
                    Wcag.LARGE_OR_GRAPHIC);
        }
        for (int i = 6; i <= 8; i++) {
            // Series six to eight: told apart by colour and shape, not held to 3:1 (reported only).
            print(theme, "chart colour " + i + " on bg-default (reported)",
                    Wcag.ratio(page.lookup("-color-chart-" + i), page.bg()));
        }
        check(theme, failures, "heatmap strongest shade on bg-default", page.lookup("-color-heat-4"), page.bg(),
                Wcag.LARGE_OR_GRAPHIC);
        for (int i = 1; i <= 4; i++) {
            print(theme, "heatmap shade " + i + " on bg-default (reported)",
                    Wcag.ratio(page.lookup("-color-heat-" + i), page.bg()));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void check(Theme theme, List<String> failures, String pair, Color fg, Color bg, double min) {
        if (fg == null || bg == null) {
            failures.add(theme + " " + pair + ": colour not found");
            return;
        }
        double ratio = Wcag.ratio(Wcag.over(fg, bg), bg);
        print(theme, pair, ratio);
        if (ratio < min) {
            failures.add(String.format("%s %s: %.2f:1, under %.1f:1 (%s on %s)", theme, pair, ratio, min, fg, bg));
        }
    }

    private static void print(Theme theme, String pair, double ratio) {
        System.out.printf("CONTRAST %s %s %.2f%n", theme, pair.replace(' ', '_'), ratio);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** A scene styled as the app's window is in that theme; read its colours on the FX thread. */
    private static final class Page {
        private final VBox root = new VBox();
        private final Color bg;

        Page(Theme theme) {
            Scene scene = new Scene(root, 400, 300);
            scene.setUserAgentStylesheet(theme.userAgent());
            scene.getStylesheets().add(MockloopApp.class.getResource(MockloopApp.STYLESHEET).toExternalForm());
            if (theme.dark()) {
                scene.getStylesheets().add(Themes.darkStylesheet());
            }
            bg = lookupNow("-color-bg-default");
        }

        Color bg() {
            return bg;
        }

        Color lookup(String name) {
            try {
                return fx(() -> lookupNow(name));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private Color lookupNow(String name) {
            Region probe = new Region();
            probe.setStyle("-fx-background-color: " + name + ";");
            root.getChildren().add(probe);
            root.applyCss();
            root.getChildren().remove(probe);
            return probe.getBackground() == null ? null : (Color) probe.getBackground().getFills().get(0).getFill();
        }

        Label label(String... styleClasses) {
            Label label = new Label("12:34 Requirements");
            label.getStyleClass().addAll(styleClasses);
            root.getChildren().add(label);
            root.applyCss();
            return label;
        }

        ToggleButton levelButton(boolean selected) {
            ToggleButton button = new ToggleButton("3  Meets the bar");
            button.getStyleClass().add("level-button");
            button.setSelected(selected);
            root.getChildren().add(button);
            root.applyCss();
            return button;
        }

        /** @return what shows behind a node's text: its own fills (topmost last) over the page */
        Color backgroundOf(Region node) {
            Color shown = bg;
            if (node.getBackground() != null) {
                for (var fill : node.getBackground().getFills()) {
                    if (fill.getFill() instanceof Color c && fill.getInsets().getTop() >= 0) {
                        shown = Wcag.over(c, shown);
                    }
                }
            }
            return shown;
        }
    }
}
