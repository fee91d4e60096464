package dev.mockloop.pack.bundled;

import dev.mockloop.pack.BundledPacks;
import dev.mockloop.pack.InstalledPack;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackReader;
import java.util.List;

/** The bundled packs as the app loads them, for the content tests in this package. */
final class Bundled {

    private static final List<InstalledPack> PACKS = BundledPacks.load(new PackReader());

    private Bundled() {
    }

    static List<InstalledPack> packs() {
        return PACKS;
    }

    static List<LibraryQuestion> questions() {
        return PACKS.stream()
                .flatMap(p -> p.pack().questions().stream().map(q -> new LibraryQuestion(p, q)))
                .toList();
    }

    /** Collects one line per failing item and fails once with all of them, so a content fix sees every gap. */
    static void assertNone(List<String> failures, String what) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " " + what + ":\n  " + String.join("\n  ", failures));
        }
    }
}
