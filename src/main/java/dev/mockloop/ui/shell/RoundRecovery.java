package dev.mockloop.ui.shell;

import dev.mockloop.pack.LibraryQuestion;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundDraft;
import dev.mockloop.sketch.SketchFormatException;
import dev.mockloop.ui.recovery.RecoveryView;
import java.util.Optional;

/**
 * What the recovery screen's buttons do with the round that was in progress when the app
 * stopped: resume it (paused; straight to scoring if its clock had finished), keep it as
 * an unfinished attempt (clearing the draft in the same transaction), or discard it.
 */
final class RoundRecovery implements RecoveryView.Actions {

    private final RoundDraft draft;
    private final Optional<LibraryQuestion> question;
    private final ShellServices services;
    private final Screens screens;

    /** @param question the draft's question in the installed packs, if still there */
    RoundRecovery(RoundDraft draft, Optional<LibraryQuestion> question, ShellServices services, Screens screens) {
        this.draft = draft;
        this.question = question;
        this.services = services;
        this.screens = screens;
    }

    @Override
    public void resume() {
        try {
            ActiveRound round = services.rounds().resume(draft, question.orElseThrow());
            if (draft.finished()) {
                screens.score(round);
            } else {
                screens.showSession(round);
            }
        } catch (SketchFormatException e) {
            screens.showError("The autosaved sketch could not be read (" + e.getMessage()
                    + "). Keep the round as an unfinished attempt to save its notes and timings.");
        }
    }

    @Override
    public void keepUnfinished() {
        services.rounds().keepUnfinished(draft).whenComplete((saved, failure) -> {
            if (failure == null) {
                screens.attempt(saved.id());
            } else {
                screens.showError("Not kept: " + failure.getMessage());
            }
        });
    }

    @Override
    public void discard() {
        services.rounds().discard(draft).whenComplete((gone, failure) -> {
            if (failure == null) {
                screens.home();
            } else {
                screens.showError("Not discarded: " + failure.getMessage());
            }
        });
    }
}
