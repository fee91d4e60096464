package dev.mockloop.ui.packmanager;

import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.PackSource;
import dev.mockloop.pack.install.PackState;

/**
 * One line of the pack manager.
 *
 * @param installed the pack
 * @param enabled   whether its questions are offered
 * @param attempts  attempts made on its questions, all versions
 * @param state     what the database knows about it, or null
 */
public record PackRow(InstalledPack installed, boolean enabled, int attempts, PackState state) {

    /** @return the pack's id */
    public String id() {
        return installed.pack().id();
    }

    /** @return whether the pack comes with the app */
    public boolean bundled() {
        return installed.source() == PackSource.BUNDLED;
    }

    /** @return whether the user made it in the editor */
    public boolean authored() {
        return state != null && state.authored();
    }

    /** @return "Bundled", "Yours" or "Imported" */
    public String sourceLabel() {
        return bundled() ? "Bundled" : authored() ? "Yours" : "Imported";
    }

    /** @return the authors, comma-separated */
    public String authors() {
        return String.join(", ", installed.pack().authors());
    }
}
