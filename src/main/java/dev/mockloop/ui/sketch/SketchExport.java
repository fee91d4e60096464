package dev.mockloop.ui.sketch;

import dev.mockloop.sketch.Element;
import dev.mockloop.sketch.paint.ElementPainter;
import dev.mockloop.sketch.paint.SvgExport;
import dev.mockloop.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Saves a sketch, or its selection, to a file the user picks: PNG on white or transparent,
 * or SVG. The image is drawn on the FX thread; the file is written off it.
 */
public final class SketchExport {

    /** Blank margin around exported ink, px. */
    public static final double PADDING_PX = 24;

    /** What to write. */
    public enum Format {
        /** PNG on the white board colour. */
        PNG_WHITE("PNG, white background", "png"),
        /** PNG with a transparent background. */
        PNG_TRANSPARENT("PNG, transparent background", "png"),
        /** SVG vector drawing on white. */
        SVG("SVG", "svg");

        private final String title;
        private final String extension;

        Format(String title, String extension) {
            this.title = title;
            this.extension = extension;
        }

        /** @return its name in menus */
        public String title() {
            return title;
        }

        /** @return the file extension, without the dot */
        public String extension() {
            return extension;
        }
    }

    /** Asks where to save; injected so tests answer without a native dialog. */
    @FunctionalInterface
    public interface Chooser {

        /** @return the file to write, or empty if the user cancelled */
        Optional<Path> choose(Window owner, Format format);

        /** @return the platform's save dialog, offering {@code sketch.<ext>} */
        static Chooser nativeDialog() {
            return (owner, format) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export sketch as " + format.title());
                chooser.setInitialFileName("sketch." + format.extension());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        format.extension().toUpperCase(java.util.Locale.ROOT) + " images", "*." + format.extension()));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
            };
        }
    }

    private final Chooser chooser;
    private final TaskRunner tasks;

    /**
     * @param chooser asks for the file
     * @param tasks   writes it off the UI thread
     */
    public SketchExport(Chooser chooser, TaskRunner tasks) {
        this.chooser = chooser;
        this.tasks = tasks;
    }

    /**
     * Renders elements in a format. Call on the FX thread.
     *
     * @return the file's bytes; empty when there are no elements
     */
    public static byte[] render(List<? extends Element> elements, Format format) {
        return switch (format) {
            case PNG_WHITE -> SketchImages.toPng(elements, PADDING_PX, false);
            case PNG_TRANSPARENT -> SketchImages.toPng(elements, PADDING_PX, true);
            case SVG -> elements.isEmpty() ? new byte[0]
                    : SvgExport.toSvg(elements, PADDING_PX, ElementPainter.BOARD).getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * Asks for a file, renders and writes it; reports where it went, or what failed and what
     * to do, through {@code status} on the FX thread. Does nothing for no elements or a cancel.
     */
    public void export(Window owner, List<? extends Element> elements, Format format, Consumer<String> status) {
        if (elements.isEmpty()) {
            return;
        }
        Optional<Path> target = chooser.choose(owner, format);
        if (target.isEmpty()) {
            return;
        }
        Path path = withExtension(target.get(), format.extension());
        byte[] bytes = render(elements, format);
        tasks.run(() -> Files.write(path, bytes),
                written -> status.accept("Exported to " + path),
                failure -> status.accept("Could not write " + path + ": " + failure.getMessage()
                        + ". Choose another folder or file name."));
    }

    private static Path withExtension(Path path, String extension) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? path
                : path.resolveSibling(name + "." + extension);
    }
}
