package dev.mockloop.app;

import dev.mockloop.export.Salvage;
import dev.mockloop.storage.Backup;
import dev.mockloop.ui.common.TaskRunner;
import dev.mockloop.ui.recovery.StartupProblemView;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The start-up screen for data that would not open, and what its buttons do: a damaged or
 * too-new file gets the newest backup as the way on, after a confirmation, with what it
 * still holds exported first if the user wants, and the file itself set aside whole (see
 * {@link StartupRestore}); anything else gets "Try again" first.
 */
final class StartupProblemScreen {

    private final Scene scene;
    private final Path dataDir;
    private final TaskRunner tasks;
    private final Consumer<AppContext> opened;
    private final BiConsumer<String, String> inform;
    private final BiFunction<Backup, Clock, String> when;
    private final Clock clock = Clock.systemDefaultZone();

    /**
     * @param opened called on the UI thread with the data once it opens
     * @param inform shows a header and a text to the user
     * @param when   formats a backup's time in a clock's zone
     */
    StartupProblemScreen(Scene scene, Path dataDir, TaskRunner tasks, Consumer<AppContext> opened,
                         BiConsumer<String, String> inform, BiFunction<Backup, Clock, String> when) {
        this.scene = scene;
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.opened = opened;
        this.inform = inform;
        this.when = when;
    }

    /** Looks at the backups and the file off the UI thread, then shows the screen. */
    void show(Throwable failure) {
        tasks.run(() -> StartupRestore.examine(dataDir, failure, clock), offer -> show(failure, offer),
                unexaminable -> show(failure, new StartupRestore.Offer(null, null, Optional.empty())));
    }

    private void show(Throwable failure, StartupRestore.Offer offer) {
        Backup newest = offer.newest();
        String salvage = offer.readable().map(r -> "First export what is still readable to the backups folder: "
                + r.attempts() + (r.attempts() == 1 ? " attempt" : " attempts")
                + (r.draft() ? " and the round in progress" : "")).orElse(null);
        StartupProblemView.Choices choices = new StartupProblemView.Choices(failure.getMessage() + " (data folder: "
                + dataDir + ")", newest == null ? null : "Restore the backup of " + when.apply(newest, clock),
                offer.restoreFirst(), salvage);
        scene.setRoot(new StartupProblemView(choices, salvageFirst -> restore(failure, offer, salvageFirst),
                this::retry, Platform::exit));
    }

    private void restore(Throwable failure, StartupRestore.Offer offer, boolean salvageFirst) {
        tasks.run(() -> {
            StartupRestore.Done done = StartupRestore.restore(dataDir, offer.newest(), offer, failure, salvageFirst, clock);
            return new Restored(done, AppContext.open(dataDir));
        }, restored -> {
            opened.accept(restored.context());
            Salvage.Result salvaged = restored.done().salvaged();
            inform.accept("Backup restored", "Your data is as it was on " + when.apply(offer.newest(), clock)
                    + ". The file that would not open is kept as " + restored.done().setAside()
                    + (salvaged == null ? "." : "; the " + salvaged.attempts() + " attempts that could still be read"
                    + " are in " + salvaged.files().get(0).getFileName() + " beside it."));
        }, this::show);
    }

    private void retry() {
        tasks.run(() -> AppContext.open(dataDir), opened::accept, this::show);
    }

    /** A start-up restore's outcome and the data opened after it. */
    private record Restored(StartupRestore.Done done, AppContext context) {
    }
}
