package dev.mockloop.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mockloop.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class RoundLayoutModelTest {

    private final Map<String, String> settings = new HashMap<>();
    private final List<Map<String, String>> writes = new ArrayList<>();
    /** Background work waits here until {@link #runQueued()}, as on the app's I/O thread. */
    private final List<Runnable> queued = new ArrayList<>();
    private final TaskRunner later = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }
    };
    private final RoundLayoutModel model = new RoundLayoutModel(() -> Map.copyOf(settings), values -> {
        writes.add(values);
        settings.putAll(values);
    }, later);

    private void runQueued() {
        List<Runnable> now = List.copyOf(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void theSavedLayoutArrivesFromTheBackground() {
        settings.putAll(new RoundLayout(false, true, 0.4, 0.5).toValues());
        model.load();
        assertEquals(RoundLayout.DEFAULTS, model.get(), "defaults until the read comes back");
        runQueued();
        assertFalse(model.get().promptShown());
        assertEquals(0.4, model.get().leftShare(), 1e-9);
    }

    @Test
    void aChangeMadeBeforeTheReadArrivesWins() {
        settings.putAll(new RoundLayout(true, true, 0.4, 0.5).toValues());
        model.load();
        model.toggleNotes();
        runQueued();
        assertFalse(model.get().notesShown(), "the user's fold stays");
    }

    @Test
    void foldingAPaneSavesItAndAnotherRunReadsItBack() {
        model.togglePrompt();
        runQueued();
        assertEquals("false", settings.get("layout.round.prompt-shown"));

        RoundLayoutModel nextRun = new RoundLayoutModel(() -> Map.copyOf(settings), values -> { }, later);
        nextRun.load();
        runQueued();
        assertFalse(nextRun.get().promptShown());
    }

    @Test
    void aDividerIsWrittenWhenLetGoAndOnlyIfItMoved() {
        model.setLeftShare(0.35);
        model.setLeftShare(0.37);
        runQueued();
        assertTrue(writes.isEmpty(), "nothing written while dragging");
        model.save();
        runQueued();
        assertEquals(1, writes.size());
        assertEquals("0.370", writes.get(0).get("layout.round.left-share"));
        model.save();
        runQueued();
        assertEquals(1, writes.size(), "not written again unchanged");
    }

    @Test
    void aFailedReadKeepsTheDefaults() {
        RoundLayoutModel broken = new RoundLayoutModel(() -> {
            throw new IllegalStateException("database is locked");
        }, values -> { }, later);
        broken.load();
        runQueued();
        assertEquals(RoundLayout.DEFAULTS, broken.get());
    }
}
