package dev.mockloop.ui.shell;

import dev.mockloop.pack.Level;
import dev.mockloop.pack.Rubric;
import dev.mockloop.ui.coach.CoachSection;
import dev.mockloop.ui.coach.CoachSettingsModel;
import dev.mockloop.ui.coach.CoverageViewModel;
import dev.mockloop.ui.interview.InterviewNodes;
import dev.mockloop.ui.voice.RecordingStatusModel;
import dev.mockloop.ui.voice.VoiceNodes;
import dev.mockloop.voice.VoiceService;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;

/**
 * The screens' parts from the features that hang off every round (the coach, the voice,
 * interviewer mode), each made when a screen first needs it. Their services are made after
 * the first frame ({@link ShellServices#coach()} and the rest are suppliers), so building
 * the window loads none of their classes. Use on the UI thread.
 */
final class FeatureNodes {

    private final ShellServices services;
    private final BooleanSupplier muted;
    private InterviewNodes interview;
    private VoiceNodes voice;
    private RecordingStatusModel recordingStatus;
    private boolean voiceMuteSet;

    /** @param muted the round's mute (Ctrl+M), which silences the interviewer's voice too */
    FeatureNodes(ShellServices services, BooleanSupplier muted) {
        this.services = services;
        this.muted = muted;
    }

    /** @return the voice service, told of the app's mute the first time */
    VoiceService voiceService() {
        VoiceService service = services.voice().get();
        if (!voiceMuteSet) {
            // The interviewer's voice reads probe cards aloud; the round's mute silences it too.
            service.muteWith(muted);
            voiceMuteSet = true;
        }
        return service;
    }

    /** @return the invite button, the interviewer's sheet on an attempt and the gap over time */
    InterviewNodes interview() {
        if (interview == null) {
            interview = new InterviewNodes(services.interview().get(), services.settings(), services.tasks());
        }
        return interview;
    }

    /** @return the voice's replay, talk figures and settings section */
    VoiceNodes voice() {
        if (voice == null) {
            voice = new VoiceNodes(voiceService(), services.tasks());
        }
        return voice;
    }

    /** @return whether the round is being recorded, and why not; one for the window's life */
    RecordingStatusModel recordingStatus() {
        if (recordingStatus == null) {
            recordingStatus = new RecordingStatusModel(voiceService(), javafx.application.Platform::runLater);
        }
        return recordingStatus;
    }

    /** @return the settings screen's coach section: on or off, saved in the settings table */
    Node coachSection() {
        var settings = services.settings();
        return new CoachSection(new CoachSettingsModel(services.coach().get(), settings::put, services.tasks()));
    }

    /** @return a view of the coach's result for a round of this rubric and level, reported on the UI thread */
    CoverageViewModel coverage(Rubric rubric, Level level) {
        return new CoverageViewModel(services.coach().get(), rubric, level, javafx.application.Platform::runLater);
    }
}
