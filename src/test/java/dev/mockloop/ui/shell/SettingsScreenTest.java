package dev.mockloop.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.coach.CoachSettings;
import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.session.ExtendMode;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.ThemeChoice;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.settings.Themes;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen as a person uses it: every change takes effect and survives a restart. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    Path dataDir;

    private MainWindowHarness app;
    private final AtomicBoolean desktopDark = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        app = new MainWindowHarness(dataDir, stage);
        new Themes(stage.getScene(), new DirectTaskRunner(), desktopDark::get, false)
                .follow(app.window.settingsModel().preferencesProperty());
    }

    private AppSettings saved() {
        return AppSettings.read(app.context.settingsRepository().values());
    }

    @Test
    void choosingDarkTurnsTheWindowDarkAtOnceAndIsKeptForTheNextStart(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-theme-dark");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#settings-view").query().getScene().getStylesheets().contains(Themes.darkStylesheet()));
        Label heading = robot.lookup("#settings-view .title-2").queryAs(Label.class);
        assertTrue(((Color) heading.getTextFill()).getBrightness() > 0.7, "text is light on the dark theme");
        assertEquals(ThemeChoice.DARK, saved().theme());

        robot.clickOn("#settings-theme-light");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#settings-view").query().getScene().getStylesheets().contains(Themes.darkStylesheet()));
        assertTrue(((Color) heading.getTextFill()).getBrightness() < 0.3, "text is dark again");
        restoreLight();
    }

    @Test
    void followingTheSystemAsksTheDesktopAndFollowsItWhenTheWindowComesBack(FxRobot robot) {
        desktopDark.set(true);
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-theme-system");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#settings-view").query().getScene().getStylesheets().contains(Themes.darkStylesheet()),
                "the desktop prefers dark");
        assertEquals(ThemeChoice.SYSTEM, saved().theme());
        restoreLight();
    }

    @Test
    void soundsAndExtensionsAreTheTimersSettingsKeptInTheCoreSettings(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-sounds");
        robot.clickOn("#settings-extend-add");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(app.context.settingsRepository().load().muted(), "sounds off is muted");
        assertEquals(ExtendMode.ADD_TO_ROUND, app.context.settingsRepository().load().extendMode());
        robot.clickOn("#settings-play-cue");
        assertEquals(1, app.cues.size(), "the sound check plays a cue even while muted");
    }

    @Test
    void theDefaultFrameworkIsOfferedOnHomeForEveryQuestion(FxRobot robot) {
        robot.clickOn("#nav-settings");
        @SuppressWarnings("unchecked")
        ComboBox<Object> framework = robot.lookup("#settings-default-framework").queryAs(ComboBox.class);
        robot.interact(() -> framework.getSelectionModel().select(framework.getItems().stream()
                .filter(c -> c.toString().equals(BuiltInFrameworks.SPEED_ROUND.title())).findFirst().orElseThrow()));
        robot.interact(() -> framework.getOnAction().handle(null));
        assertEquals(BuiltInFrameworks.SPEED_ROUND.id(), saved().defaultFramework());

        robot.clickOn("#nav-practice");
        robot.clickOn(app.context.library().questions().get(0).question().title());
        @SuppressWarnings("unchecked")
        ComboBox<Framework> home = robot.lookup("#home-framework").queryAs(ComboBox.class);
        assertEquals(BuiltInFrameworks.SPEED_ROUND, home.getValue());
    }

    @Test
    void theDataFolderIsShownAndOpensTheBackupIntervalIsKept(FxRobot robot) {
        robot.clickOn("#nav-settings");
        TextField folder = robot.lookup("#settings-data-folder").queryAs(TextField.class);
        assertEquals(dataDir.toAbsolutePath().toString(), folder.getText());
        robot.clickOn("#settings-open-data-folder");
        assertEquals(java.util.List.of(dataDir.toAbsolutePath()), app.openedFolders);

        @SuppressWarnings("unchecked")
        ComboBox<Integer> interval = robot.lookup("#settings-backup-interval").queryAs(ComboBox.class);
        robot.interact(() -> interval.setValue(60));
        robot.interact(() -> interval.getOnAction().handle(null));
        assertEquals(60, saved().backupMinutes());
    }

    @Test
    void theCoachIsSwitchedOffOnTheSettingsScreenAtOnceAndStaysOffAfterARestart(FxRobot robot) {
        robot.clickOn("#nav-settings");
        CheckBox coach = robot.lookup("#coach-enabled").queryAs(CheckBox.class);
        assertTrue(coach.isSelected(), "on by default");
        assertTrue(app.context.coach().enabled());

        robot.interact(coach::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.context.coach().enabled(), "the next round that ends is not read");
        assertFalse(CoachSettings.from(app.context.settingsRepository().values()).enabled(), "saved for the next start");

        robot.clickOn("#nav-practice");
        robot.clickOn("#nav-settings");
        assertFalse(robot.lookup("#coach-enabled").queryAs(CheckBox.class).isSelected(), "the screen shows it off");
        robot.interact(() -> robot.lookup("#coach-enabled").queryAs(CheckBox.class).fire());
        assertTrue(app.context.coach().enabled());
        assertTrue(CoachSettings.from(app.context.settingsRepository().values()).enabled());
    }

    @Test
    void keyboardFocusShowsAsARingInTheThemesAccentColour(FxRobot robot) {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-theme-light");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.lookup("#settings-view").query().getScene().getFocusOwner();
        assertTrue(focused.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("focus-visible")),
                "focus came from the keyboard: " + focused);
        var border = ((javafx.scene.layout.Region) focused).getBorder();
        assertTrue(border != null && !border.getStrokes().isEmpty(), "a ring is drawn around " + focused);
        Color ring = (Color) border.getStrokes().get(0).getTopStroke();
        assertEquals(Color.web("#0969da"), ring, "Primer Light's accent-fg");
    }

    private static void restoreLight() {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    }
}
