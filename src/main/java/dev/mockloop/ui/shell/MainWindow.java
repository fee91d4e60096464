package dev.mockloop.ui.shell;

import dev.mockloop.pack.Framework;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.ui.common.SettingsModel;
import dev.mockloop.ui.welcome.ShortcutSheet;
import dev.mockloop.ui.packs.PackImport;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The window's chrome: a top bar (Practice, History, Progress, Frameworks, Packs, Backups,
 * Import pack…, Help, Settings) over the current screen, which {@link Screens} builds. While
 * a round is in progress or awaiting its score, the bar is locked so no click loses it, and
 * dropped packs are refused. F1, or ? outside a text field, shows the keyboard shortcuts anywhere.
 */
public final class MainWindow extends BorderPane implements Screens.Display {

    private final ReadOnlyBooleanWrapper roundInProgress = new ReadOnlyBooleanWrapper();
    private final ToggleGroup tabs = new ToggleGroup();
    private final Map<Place, ToggleButton> tabButtons = new EnumMap<>(Place.class);
    private final Screens screens;
    private Dialog<ButtonType> shortcuts;

    /**
     * A window with the settings screen's preferences at their defaults, for embedders and
     * tests that do not read them: light, and no first-run welcome.
     *
     * @see #MainWindow(ShellServices, PackLibrary, Settings, AppSettings, List, Optional, Set)
     */
    public MainWindow(ShellServices services, PackLibrary initialLibrary, Settings startSettings,
                      List<Framework> ownFrameworks, Optional<RoundDraft> draft) {
        this(services, initialLibrary, startSettings, AppSettings.DEFAULTS.withWelcomeDismissed(true), ownFrameworks,
                draft, Set.of());
    }

    /**
     * The window as the app opens it: the round to recover, else the welcome on a first start,
     * else the home screen with the attempted questions marked.
     *
     * @param initialLibrary the packs installed at start
     * @param startSettings  the settings read at start
     * @param startPrefs     the settings screen's preferences read at start (theme, welcome, default framework)
     * @param ownFrameworks  the user's frameworks read at start
     * @param draft          the round that was in progress when the app last stopped, if any
     * @param attempted      {@code packId/questionId} of every question attempted, read with the data
     */
    public MainWindow(ShellServices services, PackLibrary initialLibrary, Settings startSettings, AppSettings startPrefs,
                      List<Framework> ownFrameworks, Optional<RoundDraft> draft, Set<String> attempted) {
        screens = new Screens(services, this, initialLibrary, startSettings, startPrefs, ownFrameworks);
        getStyleClass().add("main-window");
        setTop(topBar());
        acceptDroppedPacks();
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                showShortcuts();
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(getScene() != null
                    && getScene().getFocusOwner() instanceof TextInputControl)) {
                showShortcuts();
                e.consume();
            }
        });
        draft.ifPresentOrElse(screens::recover, () -> screens.first(attempted));
    }

    /** Shows the keyboard-shortcut sheet in a dialog over the window (one at a time). */
    public void showShortcuts() {
        if (shortcuts != null && shortcuts.isShowing()) {
            return;
        }
        shortcuts = new Dialog<>();
        shortcuts.setTitle("Keyboard shortcuts");
        shortcuts.setHeaderText("Keyboard shortcuts");
        shortcuts.getDialogPane().setContent(new ShortcutSheet(System.getProperty("os.name", "")));
        shortcuts.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        shortcuts.getDialogPane().setId("shortcuts-dialog");
        if (getScene() != null) {
            shortcuts.initOwner(getScene().getWindow());
            shortcuts.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        shortcuts.show();
    }

    @Override
    public void show(Node screen, Place place) {
        roundInProgress.set(place == Place.ROUND);
        ToggleButton tab = tabButtons.get(place);
        if (tab != null) {
            tab.setSelected(true);
        } else if (place == Place.ELSEWHERE) {
            tabs.selectToggle(null);
        }
        setCenter(screen);
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(null);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** A pack file, folder or URL dropped anywhere on the window is imported, except during a round. */
    private void acceptDroppedPacks() {
        setOnDragOver(e -> {
            Dragboard board = e.getDragboard();
            if (!roundInProgress.get() && (board.hasFiles() || board.hasUrl()) && e.getGestureSource() == null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        List<Path> files = board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : List.of();
        e.setDropCompleted(screens.packImport().importDropped(files, board.hasUrl() ? board.getUrl() : null, owner()));
        e.consume();
    }

    private HBox topBar() {
        Label brand = new Label("Mockloop");
        brand.getStyleClass().addAll("brand", "title-4");
        tab(Place.PRACTICE, "Practice", "nav-practice", screens::home);
        tab(Place.HISTORY, "History", "nav-history", screens::history);
        tab(Place.PROGRESS, "Progress", "nav-progress", screens::progress);
        tab(Place.FRAMEWORKS, "Frameworks", "nav-frameworks", screens::frameworks);
        tab(Place.PACKS, "Packs", "nav-packs", screens::packs);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button backups = new Button("Backups");
        backups.setId("nav-backups");
        backups.setTooltip(new Tooltip("Backups, restore, and a check of the database"));
        backups.setOnAction(e -> screens.backups());
        Button importPack = new Button("Import pack…");
        importPack.setId("nav-import");
        importPack.setTooltip(new Tooltip("Add a community question pack (.json, .zip or .csv); or drop one on the window"));
        importPack.setOnAction(e -> screens.packImport().chooseAndImport(owner()));
        HBox bar = new HBox(8, brand);
        bar.getChildren().addAll(tabButtons.values());
        MenuItem welcome = new MenuItem("Welcome");
        welcome.setId("nav-help-welcome");
        welcome.setOnAction(e -> screens.welcome());
        MenuItem keys = new MenuItem("Keyboard shortcuts (F1)");
        keys.setId("nav-help-shortcuts");
        keys.setOnAction(e -> showShortcuts());
        MenuButton help = new MenuButton("Help", new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE), welcome, keys);
        help.setId("nav-help");
        Button settings = new Button(null, new FontIcon(MaterialDesignC.COG_OUTLINE));
        settings.setId("nav-settings");
        settings.setAccessibleText("Settings");
        settings.setTooltip(new Tooltip("Settings: theme, sounds, the round, your data"));
        settings.setOnAction(e -> screens.settings());
        bar.getChildren().addAll(spacer, backups, importPack, help, settings);
        bar.disableProperty().bind(roundInProgress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private void tab(Place place, String title, String id, Runnable open) {
        ToggleButton tab = new ToggleButton(title);
        tab.setId(id);
        tab.setToggleGroup(tabs);
        tab.setOnAction(e -> open.run());
        tabButtons.put(place, tab);
    }

    /** @return the settings every screen shares; the app follows its theme and backup interval */
    public SettingsModel settingsModel() {
        return screens.settingsModel();
    }

    /** @return the screens, the app's navigator */
    public Screens screens() {
        return screens;
    }

    /** @return true while a round is running, being scored or being recovered */
    public ReadOnlyBooleanProperty roundInProgressProperty() {
        return roundInProgress.getReadOnlyProperty();
    }

    /** @return the installed packs, updated after each import */
    public PackLibrary library() {
        return screens.library();
    }

    /** Imports a pack file as "Import pack…" does after its file dialog. */
    public PackImport packImport() {
        return screens.packImport();
    }
}
