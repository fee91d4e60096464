package dev.mockloop.ui.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.Outline;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackReader;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.install.PackStateRepository;
import dev.mockloop.pack.install.Packs;
import dev.mockloop.pack.io.Download;
import dev.mockloop.storage.Database;
import dev.mockloop.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's checks and saves, without a window. */
class PackEditorViewModelTest {

    @TempDir
    Path dir;

    private Database database;
    private Packs packs;
    private PackLibrary library;

    @BeforeEach
    void open() {
        PackReader reader = new PackReader();
        database = Database.open(dir.resolve("mockloop.db"));
        packs = new Packs(reader, new PackStore(dir.resolve("packs"), reader),
                new PackStateRepository(database, Clock.systemUTC()), new Download());
        library = new PackLibrary(BundledPacks.load(reader));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PackEditorViewModel editor() {
        return new PackEditorViewModel(packs, new DirectTaskRunner(), () -> library, now -> library = now, null);
    }

    private static void fill(PackEditorViewModel model) {
        model.titleProperty().set("Mine");
        model.packIdProperty().set("me.mine");
        model.descriptionProperty().set("Mine.");
        model.authorProperty().set("Me");
        QuestionDraft q = model.selectedProperty().get();
        q.titleProperty().set("Queue story");
        q.behavioralProperty().set("Tell me.");
        q.designProperty().set("Design a queue.");
    }

    @Test
    void twoQuestionsWithTheSameTitleGetTheDuplicateIdProblem() {
        PackEditorViewModel model = editor();
        fill(model);
        model.addQuestion();
        QuestionDraft second = model.selectedProperty().get();
        second.titleProperty().set("Queue story");
        second.behavioralProperty().set("Tell me again.");
        second.designProperty().set("Design another queue.");

        assertFalse(model.validProperty().get());
        assertTrue(model.problems().stream().anyMatch(p -> p.contains("question id 'queue-story' is used twice")),
                model.problems().toString());
        second.idProperty().set("queue-story-2");
        assertTrue(model.validProperty().get(), model.problems().toString());
    }

    @Test
    void anOutlineTypedOneItemALineIsSavedAndShownAgainWhenThePackIsReopened() {
        PackEditorViewModel model = editor();
        fill(model);
        QuestionDraft q = model.selectedProperty().get();
        q.outlineComponentsProperty().set("Partitioned log\n\n  Consumer groups with offsets  \n");
        q.outlineEstimatesProperty().set("Writes ≈ 12,000/s: 1 B messages a day ÷ 86,400 s");
        q.outlineTradeoffsProperty().set("At-least-once delivery over exactly-once\nOrdering per partition only");
        q.outlineSourcesProperty().set("Kafka documentation, Design");

        model.save();

        Outline saved = library.pack("me.mine").orElseThrow().pack().questions().get(0).design().outline();
        assertEquals(new Outline(List.of("Partitioned log", "Consumer groups with offsets"),
                List.of("Writes ≈ 12,000/s: 1 B messages a day ÷ 86,400 s"),
                List.of("At-least-once delivery over exactly-once", "Ordering per partition only"),
                List.of("Kafka documentation, Design")), saved);
        PackEditorViewModel reopened = new PackEditorViewModel(packs, new DirectTaskRunner(), () -> library,
                now -> library = now, library.pack("me.mine").orElseThrow());
        QuestionDraft shown = reopened.selectedProperty().get();
        assertEquals("Partitioned log\nConsumer groups with offsets", shown.outlineComponentsProperty().get());
        assertEquals("At-least-once delivery over exactly-once\nOrdering per partition only", shown.outlineTradeoffsProperty().get());
        reopened.save();
        assertEquals("No changes to save.", reopened.statusProperty().get(), "an untouched outline is not a change");
    }

    @Test
    void clearingTheOutlineFieldsSavesAQuestionWithoutOne() {
        PackEditorViewModel model = editor();
        fill(model);
        model.selectedProperty().get().outlineComponentsProperty().set("Queue");
        model.save();
        PackEditorViewModel reopened = new PackEditorViewModel(packs, new DirectTaskRunner(), () -> library,
                now -> library = now, library.pack("me.mine").orElseThrow());

        reopened.selectedProperty().get().outlineComponentsProperty().set("  \n");
        reopened.save();

        assertTrue(library.pack("me.mine").orElseThrow().pack().questions().get(0).design().outline().isEmpty());
        assertEquals("1.0.1", library.pack("me.mine").orElseThrow().pack().version());
    }

    @Test
    void savedPackIsYoursAndAnEditedSaveBumpsThePatch() {
        PackEditorViewModel model = editor();
        fill(model);

        model.save();

        assertEquals("1.0.0", library.pack("me.mine").orElseThrow().pack().version());
        assertTrue(packs.states().get("me.mine").authored());
        model.selectedProperty().get().tagsProperty().set("queues");
        model.save();
        assertEquals("1.0.1", library.pack("me.mine").orElseThrow().pack().version());
        model.save();
        assertEquals("No changes to save.", model.statusProperty().get());
    }
}
