package dev.mockloop.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.ThemeChoice;
import dev.mockloop.ui.common.TaskRunner;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * Puts the chosen theme on the window: AtlantaFX's Primer Light or Primer Dark as the
 * user-agent stylesheet (set for the whole app, so dialogs follow), and in dark mode the
 * app's own dark colours ({@value #DARK_STYLESHEET}) on top of {@code mockloop.css}. "Follow
 * the system" asks {@link dev.mockloop.settings.SystemTheme} off the UI thread when chosen and
 * each time the window comes back to the front, so a desktop switched to dark is followed
 * without a restart.
 */
public final class Themes {

    /** The app's colours for the dark theme, added after {@code mockloop.css}. */
    public static final String DARK_STYLESHEET = "/dev/mockloop/ui/mockloop-dark.css";

    private final Scene scene;
    private final TaskRunner tasks;
    private final BooleanSupplier systemPrefersDark;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private ThemeChoice choice = ThemeChoice.LIGHT;
    private boolean systemDark;
    private boolean asking;
    private boolean applied;

    /**
     * @param scene             the window's scene
     * @param tasks             runs the desktop query off the UI thread
     * @param systemPrefersDark asks the desktop (blocking, tens of ms)
     * @param systemDarkAtStart the desktop's answer read while the data opened
     */
    public Themes(Scene scene, TaskRunner tasks, BooleanSupplier systemPrefersDark, boolean systemDarkAtStart) {
        this.scene = Objects.requireNonNull(scene, "scene");
        this.tasks = tasks;
        this.systemPrefersDark = systemPrefersDark;
        this.systemDark = systemDarkAtStart;
        if (scene.getWindow() != null) {
            followFocus(scene.getWindow());
        }
        scene.windowProperty().addListener((obs, old, now) -> {
            if (now != null) {
                followFocus(now);
            }
        });
    }

    private void followFocus(javafx.stage.Window window) {
        window.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                recheckSystem();
            }
        });
    }

    /** Applies the preferences' theme now and again whenever it changes. */
    public void follow(ObservableValue<AppSettings> preferences) {
        choose(preferences.getValue().theme());
        preferences.addListener((obs, old, now) -> {
            if (old == null || old.theme() != now.theme()) {
                choose(now.theme());
            }
        });
    }

    /** Applies a theme; asks the desktop first when the choice is to follow it. */
    void choose(ThemeChoice chosen) {
        choice = chosen;
        apply();
        if (chosen == ThemeChoice.SYSTEM) {
            recheckSystem();
        }
    }

    /** Asks the desktop again (off the UI thread) and follows a change, when following it. */
    public void recheckSystem() {
        if (choice != ThemeChoice.SYSTEM || asking) {
            return;
        }
        asking = true;
        tasks.run(systemPrefersDark::getAsBoolean, answer -> {
            asking = false;
            systemDark = answer;
            apply();
        }, failure -> asking = false);
    }

    private void apply() {
        boolean on = choice.dark(systemDark);
        if (on != dark.get() || !applied) {
            apply(scene, on);
            applied = true;
        }
        dark.set(on);
    }

    /** @return whether the window is dark now */
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** @return whether the desktop preferred dark when last asked */
    public boolean systemPrefersDark() {
        return systemDark;
    }

    /**
     * Sets the app-wide theme and the scene's dark stylesheet.
     *
     * @param scene a scene that already has {@code mockloop.css}
     * @param dark  dark or light
     */
    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String sheet = darkStylesheet();
        scene.getStylesheets().remove(sheet);
        if (dark) {
            scene.getStylesheets().add(sheet);
        }
    }

    /** @return the dark stylesheet's URL */
    public static String darkStylesheet() {
        return Objects.requireNonNull(Themes.class.getResource(DARK_STYLESHEET), DARK_STYLESHEET).toExternalForm();
    }
}
