package dev.mockloop.pack.install;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.Pack;
import dev.mockloop.pack.PackBundle;
import dev.mockloop.pack.PackException;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.pack.PackSource;
import dev.mockloop.pack.PackStore;
import dev.mockloop.pack.PackVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * Imports, updates and removes packs. Planning reads only; applying is one transaction
 * over the database and the packs folder: the new files are staged in full, then the
 * database rows are written and the folder swapped in inside one database transaction, and
 * if anything fails (the disk, the database, the commit) the swap is undone. Either the
 * import happened completely, or the database and the folder are exactly as they were.
 */
public final class PackInstaller {

    private final PackStore store;
    private final PackStateRepository states;
    private final Runnable beforeRiskyChange;

    public PackInstaller(PackStore store, PackStateRepository states) {
        this(store, states, () -> { });
    }

    /**
     * @param beforeRiskyChange runs before an update of an installed pack or a removal is
     *                          applied (the app backs up the database there); if it throws,
     *                          nothing is changed
     */
    public PackInstaller(PackStore store, PackStateRepository states, Runnable beforeRiskyChange) {
        this.store = store;
        this.states = states;
        this.beforeRiskyChange = beforeRiskyChange;
    }

    /** @return the packs folder */
    public PackStore store() {
        return store;
    }

    /**
     * Works out what importing a bundle would do. Reads the installed pack's assets to
     * compare them; changes nothing.
     *
     * @param incoming  a checked pack
     * @param installed the packs installed now
     */
    public ImportPlan plan(PackBundle incoming, PackLibrary installed) {
        Pack pack = incoming.pack();
        InstalledPack existing = installed.pack(pack.id()).orElse(null);
        QuestionChanges changes = QuestionChanges.between(existing == null ? null : existing.pack(), pack);
        if (existing == null) {
            return new ImportPlan(incoming, null, ImportPlan.Kind.NEW, changes, false);
        }
        boolean other = !sameApartFromQuestions(existing.pack(), pack) || !sameAssets(existing, incoming);
        if (existing.source() == PackSource.BUNDLED) {
            return new ImportPlan(incoming, existing, ImportPlan.Kind.BUNDLED, changes, other);
        }
        int order = PackVersion.parse(pack.version()).compareTo(PackVersion.parse(existing.pack().version()));
        ImportPlan.Kind kind = order > 0 ? ImportPlan.Kind.UPDATE
                : order == 0 ? ImportPlan.Kind.SAME_VERSION : ImportPlan.Kind.OLDER_VERSION;
        return new ImportPlan(incoming, existing, kind, changes, other);
    }

    /**
     * Applies a plan that {@link ImportPlan#applies() applies}; reports one that does not.
     *
     * @param plan     from {@link #plan}
     * @param authored whether the pack was saved from the app's editor
     * @return the installed pack (null when nothing was applied) and the report
     * @throws PackException if it cannot be applied; the database and the packs folder are
     *                       then exactly as they were
     */
    public Result apply(ImportPlan plan, boolean authored) throws PackException {
        if (!plan.applies()) {
            return new Result(null, ImportReport.of(plan, false));
        }
        String origin = plan.incoming().origin();
        String id = plan.pack().id();
        requireUnchangedSincePlanned(plan);
        if (plan.installed() != null) {
            beforeRiskyChange.run();
        }
        PackStore.Staged staged;
        try {
            staged = store.stage(plan.incoming());
        } catch (IOException e) {
            throw failed(origin, "cannot write the pack into " + store.folder() + " (" + e.getMessage() + ")");
        }
        ImportRecord record = new ImportRecord(id, plan.fromVersion(), plan.pack().version(), origin, authored,
                plan.counts());
        PackStore.Swap[] swap = {null};
        try {
            states.recordInstall(record, () -> swap[0] = store.swapIn(staged));
        } catch (RuntimeException e) {
            undo(swap[0], e);
            staged.discard();
            throw failed(origin, describe(e));
        }
        swap[0].finish();
        InstalledPack installed = new InstalledPack(plan.pack(), PackSource.IMPORTED,
                store.folderOf(id).resolve(PackBundle.PACK_FILE));
        return new Result(installed, ImportReport.of(plan, true));
    }

    /**
     * Removes an imported pack: its folder and its settings. Its attempts are kept and stay
     * viewable from the history.
     *
     * @throws PackException if the pack is bundled, or the removal fails (nothing then changed)
     */
    public void remove(InstalledPack pack) throws PackException {
        String id = pack.pack().id();
        if (pack.source() != PackSource.BUNDLED) {
            beforeRiskyChange.run();
        }
        if (pack.source() == PackSource.BUNDLED) {
            throw PackException.of(id, "\u201c" + pack.pack().title() + "\u201d comes with Mockloop and cannot be"
                    + " removed; switch it off instead");
        }
        PackStore.Swap[] swap = {null};
        try {
            states.recordRemoval(id, () -> swap[0] = store.takeOut(id));
        } catch (RuntimeException e) {
            undo(swap[0], e);
            throw PackException.of(store.folderOf(id).toString(), "could not remove the pack: " + describe(e)
                    + ". Nothing was changed");
        }
        swap[0].finish();
    }

    /** Switches a pack on or off. */
    public void setEnabled(String packId, boolean enabled) {
        states.setEnabled(packId, enabled);
    }

    private void requireUnchangedSincePlanned(ImportPlan plan) throws PackException {
        boolean onDisk = Files.exists(store.folderOf(plan.pack().id()));
        boolean expected = plan.installed() != null;
        if (onDisk != expected) {
            throw failed(plan.incoming().origin(), "the installed packs changed while this import was being"
                    + " reviewed; import the pack again");
        }
    }

    private static void undo(PackStore.Swap swap, Exception failure) {
        if (swap == null) {
            return;
        }
        try {
            swap.undo();
        } catch (IOException | RuntimeException again) {
            failure.addSuppressed(again);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return e.getMessage() + (cause != e && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "");
    }

    private static PackException failed(String origin, String why) {
        return PackException.of(origin, why + "; nothing was imported, and your packs are as they were");
    }

    private static boolean sameApartFromQuestions(Pack a, Pack b) {
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.description(), b.description())
                && a.authors().equals(b.authors()) && Objects.equals(a.license(), b.license())
                && a.frameworks().equals(b.frameworks()) && a.rubric().equals(b.rubric())
                && a.failureModes().equals(b.failureModes());
    }

    private boolean sameAssets(InstalledPack existing, PackBundle incoming) {
        if (existing.file() == null) {
            return incoming.assets().isEmpty();
        }
        try {
            Map<String, byte[]> installed = store.read(existing).assets();
            if (!installed.keySet().equals(incoming.assets().keySet())) {
                return false;
            }
            return installed.entrySet().stream()
                    .allMatch(e -> Arrays.equals(e.getValue(), incoming.assets().get(e.getKey())));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param installed the pack as installed, or null when nothing was applied
     * @param report    what happened
     */
    public record Result(InstalledPack installed, ImportReport report) {
    }
}
