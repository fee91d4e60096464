package dev.mockloop.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The icon font (Ikonli's Material Design icons, one TrueType file of about 1.3 MB shared by
 * every icon), which the first icon made would otherwise load: 0.05 to 0.1 s of the UI
 * thread, measured with timestamps in the start-up (BENCHMARKS.md, start-up).
 */
public final class IconFont {

    private IconFont() {
    }

    /**
     * Loads the font now, so that icons made later are cheap; the app calls it while the data
     * is still opening and the UI thread would otherwise wait. Call on the JavaFX thread once
     * the toolkit is up; a second call does nothing.
     */
    public static void load() {
        new FontIcon(MaterialDesignC.COG_OUTLINE);
    }
}
