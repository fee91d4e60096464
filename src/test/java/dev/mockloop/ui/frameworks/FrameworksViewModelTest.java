package dev.mockloop.ui.frameworks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.framework.FrameworkRepository;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Phase;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The frameworks screen: writing, checking, saving, duplicating and deleting one's own plans. */
class FrameworksViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Database db;
    private FrameworkRepository repository;
    private final ObservableList<Framework> mine = FXCollections.observableArrayList();
    private FrameworksViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("m.db"));
        repository = new FrameworkRepository(db, CLOCK);
        model = new FrameworksViewModel(mine, BuiltInFrameworks.ALL, repository, new DirectTaskRunner());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> savedTitles() {
        return repository.list().stream().map(Framework::title).toList();
    }

    @Test
    void nothingCanBeSavedBeforeAFrameworkIsOpened() {
        assertFalse(model.editingProperty().get());
        assertEquals("", model.problemsProperty().get());
        assertFalse(model.canSave().get());
    }

    @Test
    void aNewFrameworkStartsFromTheClassicFortyFiveMinutesAndSavesAsTheUsersOwn() {
        model.newFramework();

        assertEquals("45 minutes in 6 phases", model.totalProperty().get());
        assertEquals("", model.problemsProperty().get());
        assertTrue(model.canSave().get());

        model.save();

        assertEquals(List.of("My framework"), savedTitles());
        assertEquals(List.of("mine-my-framework"), mine.stream().map(Framework::id).toList());
        assertEquals("Saved \u201cMy framework\u201d. Choose it next to Start round on the home screen.",
                model.statusProperty().get());
    }

    @Test
    void aFrameworkThatDoesNotAddUpCannotBeSavedAndSaysWhy() {
        model.newFramework();

        model.phases().forEach(p -> p.minutesProperty().set(1));

        assertEquals("6 minutes in 6 phases", model.totalProperty().get());
        assertEquals("The phases add up to 6 minutes; a round must be 15 to 90 minutes.", model.problemsProperty().get());
        assertFalse(model.canSave().get());
        model.save();
        assertEquals(List.of(), savedTitles(), "Save does nothing");
        assertTrue(mine.isEmpty());
    }

    @Test
    void everyProblemIsListedWithItsFixAndGoesOnceFixed() {
        model.newFramework();

        model.titleProperty().set("  ");
        model.phases().get(2).titleProperty().set("");

        assertEquals("Give the framework a title.\nPhase 3 needs a title.", model.problemsProperty().get());
        model.titleProperty().set("Staff loop");
        model.phases().get(2).titleProperty().set("API");
        assertEquals("", model.problemsProperty().get());
        assertTrue(model.canSave().get());
    }

    @Test
    void twoPhasesWithTheSameTitleAreKeptApart() {
        model.newFramework();
        model.phases().get(5).titleProperty().set("Deep dive");

        model.save();

        List<Phase> phases = repository.list().get(0).phases();
        assertEquals("deep-dive", phases.get(4).id());
        assertEquals("deep-dive-2", phases.get(5).id());
    }

    @Test
    void editingAndSavingAFrameworkReplacesItInsteadOfAddingACopy() {
        model.newFramework();
        model.save();

        model.edit(mine.get(0));
        model.titleProperty().set("My framework, shorter wrap-up");
        model.phases().get(5).minutesProperty().set(2);
        model.save();

        assertEquals(List.of("My framework, shorter wrap-up"), savedTitles());
        assertEquals(1, mine.size());
        assertEquals(43, mine.get(0).phases().stream().mapToDouble(Phase::minutes).sum());
    }

    @Test
    void duplicatingABuiltInFrameworkMakesANewOneEachTime() {
        Framework speed = BuiltInFrameworks.SPEED_ROUND;

        model.duplicate(speed);
        assertEquals("Copy of " + speed.title(), model.titleProperty().get());
        assertEquals(speed.phases().size(), model.phases().size());
        model.save();
        model.duplicate(speed);
        model.save();

        assertEquals(2, mine.size());
        assertEquals(2, mine.stream().map(Framework::id).distinct().count(), "the second copy gets an id of its own");
        assertEquals(speed.phases().stream().map(Phase::minutes).toList(),
                mine.get(0).phases().stream().map(Phase::minutes).toList());
    }

    @Test
    void phasesMoveUpAndDownButNotPastEitherEnd() {
        model.newFramework();
        PhaseRow first = model.phases().get(0);
        PhaseRow last = model.phases().get(5);

        model.move(first, -1);
        model.move(last, +1);
        assertEquals(first, model.phases().get(0));
        assertEquals(last, model.phases().get(5));

        model.move(first, +1);
        assertEquals(first, model.phases().get(1));
        model.removePhase(last);
        model.addPhase();
        assertEquals("New phase", model.phases().get(5).titleProperty().get());
        assertEquals("46 minutes in 6 phases", model.totalProperty().get());
    }

    @Test
    void deletingTheFrameworkBeingEditedClosesTheEditor() {
        model.newFramework();
        model.save();

        model.delete(mine.get(0));

        assertTrue(mine.isEmpty());
        assertEquals(List.of(), savedTitles());
        assertFalse(model.editingProperty().get());
        assertFalse(model.canSave().get());
        assertEquals("Deleted \u201cMy framework\u201d.", model.statusProperty().get());
    }

    @Test
    void aFailedSaveSaysSoAndCanBeTriedAgain() {
        model.newFramework();
        db.close();

        model.save();

        assertTrue(model.statusProperty().get().startsWith("Not saved: "), model.statusProperty().get());
        assertTrue(mine.isEmpty());
        assertTrue(model.canSave().get());
    }
}
