package dev.mockloop.interview;

/** Where interviewer sheets are saved ({@link InterviewerSheetRepository} in the app). */
@FunctionalInterface
public interface SheetStore {

    /**
     * Saves the sheet, replacing the one this interviewer saved for the round before.
     *
     * @throws RuntimeException if it cannot be saved; the page is told and may submit again
     */
    void save(InterviewerSheet sheet);
}
