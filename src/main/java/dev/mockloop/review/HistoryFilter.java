package dev.mockloop.review;

import dev.mockloop.attempt.Verdict;
import dev.mockloop.pack.Level;
import java.time.LocalDate;

/**
 * What the history shows: every field narrows the list, {@code null} (or blank text) leaves
 * it open. Fields combine with AND.
 *
 * @param packId        only attempts at questions of this pack
 * @param tag           only questions with this tag (as the installed packs tag them)
 * @param level         only questions pitched at this level
 * @param outcome       only attempts with this verdict, or only unfinished ones
 * @param from          first calendar day, inclusive, in the user's zone
 * @param to            last calendar day, inclusive, in the user's zone
 * @param failureModeId only attempts where this failure mode was ticked
 * @param text          words that must all occur in the title, notes or reflection; a word
 *                      also matches longer words it starts ("cach" finds "caching")
 */
public record HistoryFilter(String packId, String tag, Level level, Outcome outcome, LocalDate from,
                            LocalDate to, String failureModeId, String text) {

    /** Everything. */
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, null, null, null, null);

    /** The verdict filter's choices: one verdict, or the rounds kept unscored after a crash. */
    public enum Outcome {
        UNFINISHED(null, "Unfinished"),
        STRONG_NO_HIRE(Verdict.STRONG_NO_HIRE, Verdict.STRONG_NO_HIRE.label()),
        NO_HIRE(Verdict.NO_HIRE, Verdict.NO_HIRE.label()),
        LEAN_HIRE(Verdict.LEAN_HIRE, Verdict.LEAN_HIRE.label()),
        HIRE(Verdict.HIRE, Verdict.HIRE.label()),
        STRONG_HIRE(Verdict.STRONG_HIRE, Verdict.STRONG_HIRE.label());

        private final Verdict verdict;
        private final String label;

        Outcome(Verdict verdict, String label) {
            this.verdict = verdict;
            this.label = label;
        }

        /** @return the verdict, or {@code null} for {@link #UNFINISHED} */
        public Verdict verdict() {
            return verdict;
        }

        /** @return the label shown in the filter, e.g. "Lean hire" */
        public String label() {
            return label;
        }
    }

    /** @return this filter with the text search replaced */
    public HistoryFilter withText(String newText) {
        return new HistoryFilter(packId, tag, level, outcome, from, to, failureModeId, newText);
    }

    /** @return this filter with the pack replaced */
    public HistoryFilter withPack(String newPackId) {
        return new HistoryFilter(newPackId, tag, level, outcome, from, to, failureModeId, text);
    }

    /** @return this filter with the failure mode replaced */
    public HistoryFilter withFailureMode(String newFailureModeId) {
        return new HistoryFilter(packId, tag, level, outcome, from, to, newFailureModeId, text);
    }

    /** @return this filter with the verdict choice replaced */
    public HistoryFilter withOutcome(Outcome newOutcome) {
        return new HistoryFilter(packId, tag, level, newOutcome, from, to, failureModeId, text);
    }
}
