package dev.mockloop.ui.welcome;

import dev.mockloop.framework.BuiltInFrameworks;
import dev.mockloop.pack.Framework;
import dev.mockloop.pack.Level;
import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.pack.PackLibrary;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The first-run welcome: what a round is, a first question to try as a 20-minute speed
 * round ({@link BuiltInFrameworks#SPEED_ROUND}), and where the data lives. Closing it, or
 * starting the suggested round, marks it dismissed; Help → Welcome shows it again.
 */
public final class WelcomeViewModel {

    /**
     * Levels a first question is picked from, in this order: mid first, then senior (the loop
     * most users prepare for) ahead of junior, which is too easy to show what a round asks;
     * staff and principal last, as a 20-minute round on one of those is a poor start.
     */
    private static final List<Level> FIRST_LEVELS = List.of(Level.MID, Level.SENIOR, Level.JUNIOR, Level.STAFF,
            Level.PRINCIPAL);

    private final Optional<LibraryQuestion> suggestion;
    private final Path dataFolder;
    private final Runnable dismiss;
    private final BiConsumer<LibraryQuestion, Framework> practise;
    private final Runnable browse;
    private final Consumer<Path> openFolder;

    /**
     * @param library    the installed packs
     * @param dataFolder where the data lives
     * @param dismiss    records that the welcome was closed
     * @param practise   opens a round of a question on a framework (before its Start)
     * @param browse     shows the question list
     * @param openFolder shows a folder in the file manager
     */
    public WelcomeViewModel(PackLibrary library, Path dataFolder, Runnable dismiss,
                            BiConsumer<LibraryQuestion, Framework> practise, Runnable browse, Consumer<Path> openFolder) {
        this.suggestion = suggest(library);
        this.dataFolder = dataFolder;
        this.dismiss = dismiss;
        this.practise = practise;
        this.browse = browse;
        this.openFolder = openFolder;
    }

    /**
     * A first question: the first one, in pack order, at the first level available among
     * mid, senior, junior, staff and principal (in that order).
     *
     * @return the question, empty when no pack is installed
     */
    static Optional<LibraryQuestion> suggest(PackLibrary library) {
        return library.questions().stream()
                .min(Comparator.comparingInt(WelcomeViewModel::levelRank));
    }

    private static int levelRank(LibraryQuestion q) {
        int rank = FIRST_LEVELS.indexOf(q.question().level());
        return rank < 0 ? FIRST_LEVELS.size() : rank;
    }

    /** @return the suggested first question, empty when no pack is installed */
    public Optional<LibraryQuestion> suggestion() {
        return suggestion;
    }

    /** @return the speed round the suggestion runs on */
    public Framework speedRound() {
        return BuiltInFrameworks.SPEED_ROUND;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    /** Closes the welcome for good and opens the suggested question as a speed round. */
    public void trySuggestion() {
        suggestion.ifPresent(q -> {
            dismiss.run();
            practise.accept(q, speedRound());
        });
    }

    /** Closes the welcome for good and shows the question list. */
    public void close() {
        dismiss.run();
        browse.run();
    }

    public void openDataFolder() {
        openFolder.accept(dataFolder);
    }
}
