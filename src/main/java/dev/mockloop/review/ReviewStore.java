package dev.mockloop.review;

import dev.mockloop.attempt.AttemptEditRepository;
import dev.mockloop.attempt.AttemptRepository;
import dev.mockloop.storage.Backup;
import dev.mockloop.storage.BackupFiles;
import dev.mockloop.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the review screens read and change, built once over the open database by the
 * composition root: the paged history, attempt edits and deletes, progress totals, the
 * practice advice and the question catalog. Call every part off the UI thread.
 */
public final class ReviewStore {

    private final HistoryRepository history;
    private final AttemptEditRepository edits;
    private final ProgressRepository progress;
    private final PracticeRepository practice;
    private final PracticeAdvisor advisor;
    private final QuestionCatalogRepository catalog;
    private final AttemptRepository exports;
    private final Database database;

    /** @param clock stamps edits */
    public ReviewStore(Database database, Clock clock) {
        Objects.requireNonNull(database, "database");
        this.history = new HistoryRepository(database);
        this.edits = new AttemptEditRepository(database, clock);
        this.progress = new ProgressRepository(database);
        this.practice = new PracticeRepository(database);
        this.advisor = new PracticeAdvisor(practice);
        this.catalog = new QuestionCatalogRepository(database);
        this.exports = new AttemptRepository(database, clock);
        this.database = database;
    }

    /** @return every attempt one at a time, for the CSV, JSON and Markdown exports */
    public AttemptRepository exports() {
        return exports;
    }

    /**
     * Writes a full backup of the database to one file the user chose.
     *
     * @throws dev.mockloop.storage.StorageException if it cannot be written
     */
    public void exportBackup(Path target) {
        BackupFiles.export(database, target);
    }

    /**
     * @return the file as a backup the app's restore takes, once checked sound and Mockloop's
     * @throws dev.mockloop.storage.StorageException saying what is wrong with the file
     */
    public Backup checkBackupFile(Path file) {
        return BackupFiles.check(file);
    }

    /** @return {@code packId/questionId} of every question attempted at least once */
    public java.util.Set<String> attemptedQuestionKeys() {
        return exports.attemptedQuestionKeys();
    }

    /** @return when each question ({@code packId/questionId}) was last attempted, for "Surprise me" */
    public java.util.Map<String, java.time.Instant> lastAttempts() {
        return practice.lastAttempts();
    }

    /**
     * @param today the day to advise for, days since 1970-01-01
     * @return what is due and what to train, from the scheduler and the weakest dimension
     */
    public PracticeAdvice advise(dev.mockloop.pack.PackLibrary library, long today) {
        return advisor.advise(library, today);
    }

    public HistoryRepository history() {
        return history;
    }

    public AttemptEditRepository edits() {
        return edits;
    }

    public ProgressRepository progress() {
        return progress;
    }

    /** @return what practice advice reads, e.g. when each question was last attempted for "Surprise me" */
    public PracticeRepository practice() {
        return practice;
    }

    public PracticeAdvisor advisor() {
        return advisor;
    }

    public QuestionCatalogRepository catalog() {
        return catalog;
    }
}
