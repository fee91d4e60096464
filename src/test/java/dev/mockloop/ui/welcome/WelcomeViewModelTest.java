package dev.mockloop.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.Phase;
import dev.mockloop.pack.Question;
import dev.mockloop.settings.AppSettings;
import dev.mockloop.settings.Settings;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import dev.mockloop.ui.common.SettingsModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-run welcome: which question it suggests, what "Try a 20-minute speed round" opens,
 * that closing it either way is saved, and the data folder.
 */
class WelcomeViewModelTest {

    /** A bundled pack whose frameworks, rubric and first question the made-up packs below borrow. */
    private static final InstalledPack BASE = BundledPacks.load(new PackReader()).get(0);

    @TempDir
    Path dir;

    private Database db;
    private SettingsModel settings;
    private final List<String> practised = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();
    private int browsed;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        SettingsRepository repository = new SettingsRepository(db);
        settings = new SettingsModel(Settings.DEFAULTS, AppSettings.DEFAULTS, repository, new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** @return the welcome wired as the app's shell wires it: dismissing saves welcomeDismissed */
    private WelcomeViewModel welcome(PackLibrary library) {
        return new WelcomeViewModel(library, dir,
                () -> settings.updatePreferences(p -> p.withWelcomeDismissed(true)),
                (question, framework) -> practised.add(question.key() + " on " + framework.id()),
                () -> browsed++, opened::add);
    }

    /** @return a pack with one question per level given, ids q1, q2, … in that order */
    private static InstalledPack pack(String id, Level... levels) {
        Pack base = BASE.pack();
        Question model = base.questions().get(0);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            questions.add(new Question("q" + (i + 1), levels[i].label() + " question " + (i + 1), levels[i],
                    model.tags(), model.framework(), model.behavioral(), model.design()));
        }
        return new InstalledPack(new Pack(id, base.version(), id, base.description(), base.authors(), base.license(),
                base.frameworks(), base.rubric(), base.failureModes(), questions), BASE.source(), BASE.file());
    }

    /** @return whether the next start would show the welcome again */
    private boolean savedDismissed() {
        return AppSettings.read(new SettingsRepository(db).values()).welcomeDismissed();
    }

    private static String key(WelcomeViewModel model) {
        return model.suggestion().map(LibraryQuestion::key).orElse("none");
    }

    @Test
    void theSuggestionIsTheFirstMidLevelQuestionInPackOrder() {
        PackLibrary library = new PackLibrary(List.of(
                pack("a", Level.STAFF, Level.SENIOR, Level.JUNIOR),
                pack("b", Level.PRINCIPAL, Level.MID, Level.MID)));

        assertEquals("b/q2", key(welcome(library)));
    }

    @Test
    void withoutAMidQuestionItTakesSeniorThenJuniorThenStaffThenPrincipal() {
        assertEquals("a/q3", key(welcome(new PackLibrary(List.of(pack("a", Level.PRINCIPAL, Level.JUNIOR, Level.SENIOR,
                Level.STAFF))))), "senior before junior: a speed round on either is a fair start");
        assertEquals("a/q2", key(welcome(new PackLibrary(List.of(pack("a", Level.PRINCIPAL, Level.JUNIOR,
                Level.STAFF))))));
        assertEquals("a/q2", key(welcome(new PackLibrary(List.of(pack("a", Level.PRINCIPAL, Level.STAFF))))));
        assertEquals("a/q1", key(welcome(new PackLibrary(List.of(pack("a", Level.PRINCIPAL))))));
    }

    @Test
    void aSwitchedOffPackIsNotSuggested() {
        PackLibrary library = new PackLibrary(List.of(pack("a", Level.MID), pack("b", Level.SENIOR)), Set.of("a"));

        assertEquals("b/q1", key(welcome(library)));
    }

    @Test
    void withTheBundledPacksTheSuggestionIsAMidQuestion() {
        WelcomeViewModel model = welcome(new PackLibrary(BundledPacks.load(new PackReader())));

        assertEquals(Level.MID, model.suggestion().orElseThrow().question().level());
    }

    @Test
    void trySuggestionOpensTheQuestionAsATwentyMinuteSpeedRoundAndClosesTheWelcomeForGood() {
        WelcomeViewModel model = welcome(new PackLibrary(List.of(pack("a", Level.SENIOR, Level.MID))));
        Framework speed = model.speedRound();
        assertEquals(BuiltInFrameworks.SPEED_ROUND, speed);
        assertEquals(20, speed.phases().stream().mapToDouble(Phase::minutes).sum(), 1e-9, "the button's 20 minutes");

        model.trySuggestion();

        assertEquals(List.of("a/q2 on " + BuiltInFrameworks.SPEED_ROUND.id()), practised);
        assertEquals(0, browsed, "the round opens, not the question list");
        assertTrue(settings.preferencesProperty().get().welcomeDismissed());
        assertTrue(savedDismissed(), "the next start opens on the home screen");
    }

    @Test
    void closingShowsTheQuestionListAndClosesTheWelcomeForGood() {
        WelcomeViewModel model = welcome(new PackLibrary(List.of(pack("a", Level.MID))));

        model.close();

        assertEquals(1, browsed);
        assertEquals(List.of(), practised);
        assertTrue(savedDismissed());
    }

    @Test
    void withNoPackInstalledThereIsNoSuggestionAndTryingDoesNothing() {
        WelcomeViewModel model = welcome(new PackLibrary(List.of()));

        assertTrue(model.suggestion().isEmpty());
        model.trySuggestion();

        assertEquals(List.of(), practised);
        assertFalse(savedDismissed(), "nothing was tried, so the welcome still shows next time");
    }

    @Test
    void theDataFolderIsShownAndOpensInTheFileManager() {
        WelcomeViewModel model = welcome(new PackLibrary(List.of()));

        assertEquals(dir, model.dataFolder());
        model.openDataFolder();

        assertEquals(List.of(dir), opened);
        assertFalse(savedDismissed(), "looking at the folder does not close the welcome");
    }
}
