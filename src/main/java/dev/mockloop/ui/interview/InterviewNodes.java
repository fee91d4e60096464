package dev.mockloop.ui.interview;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.interview.InterviewKit;
import dev.mockloop.interview.InterviewSettings;
import dev.mockloop.pack.PackLibrary;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.settings.SettingsRepository;
import dev.mockloop.ui.common.TaskRunner;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;

/**
 * Interviewer mode's nodes for the shell to mount, each a line there: the invite button for the
 * round's screen, the interviewer's sheet under the attempt page, and the gap series under
 * Progress. One per window; it keeps the interviewer settings as last chosen.
 */
public final class InterviewNodes {

    private final InterviewKit kit;
    private final SettingsRepository settingsStore;
    private final TaskRunner tasks;
    private InterviewSettings settings;

    /**
     * @param kit           interviewer mode, from the composition root
     * @param settingsStore where a changed local-network choice is saved (off the UI thread)
     * @param tasks         runs disk work off the UI thread
     */
    public InterviewNodes(InterviewKit kit, SettingsRepository settingsStore, TaskRunner tasks) {
        this.kit = kit;
        this.settingsStore = settingsStore;
        this.tasks = tasks;
        this.settings = kit.settings();
    }

    /** @return "Invite an interviewer" for this round, before its start or during it */
    public Node inviteButton(ActiveRound round) {
        return new InviteButton(new InviteViewModel(kit.service(), round, settings, this::save));
    }

    private void save(InterviewSettings changed) {
        settings = changed;
        tasks.run(() -> {
            settingsStore.put(changed.values());
            return null;
        }, done -> { }, failure -> System.err.println("Mockloop: interviewer settings not saved: " + failure.getMessage()));
    }

    /**
     * @param library finds the titles of the failure modes the interviewer ticked
     * @return the interviewer's sheet beside the self-score, shown only when someone interviewed the round
     */
    public Node attemptSection(Attempt attempt, PackLibrary library) {
        Map<String, String> failureTitles = new HashMap<>();
        library.packs().stream().filter(p -> p.pack().id().equals(attempt.packId()))
                .forEach(p -> p.pack().failureModes().forEach(f -> failureTitles.put(f.id(), f.title())));
        InterviewerSheetViewModel sheet = new InterviewerSheetViewModel(attempt, kit.sheets(), tasks, failureTitles);
        InterviewerSheetPane pane = new InterviewerSheetPane(sheet);
        pane.setId("attempt-interviewer");
        pane.visibleProperty().bind(sheet.presentProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        sheet.load();
        return pane;
    }

    /** @return the self-versus-interviewer gap per dimension over time, shown once there is any */
    public Node progressSection(ZoneId zone) {
        InterviewerGapViewModel gaps = new InterviewerGapViewModel(kit.sheets(), tasks, zone);
        InterviewerGapPane pane = new InterviewerGapPane(gaps);
        pane.visibleProperty().bind(Bindings.isNotEmpty(gaps.series()));
        pane.managedProperty().bind(pane.visibleProperty());
        gaps.load();
        return pane;
    }
}
