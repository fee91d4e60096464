package dev.mockloop.voice;

import dev.mockloop.attempt.Attempt;
import dev.mockloop.session.ActiveRound;
import dev.mockloop.session.RoundListener;
import dev.mockloop.session.ScheduledProbe;

/**
 * Hangs the recorder off the round: begun opens the microphone, start and resume record,
 * pause pauses, finish stops; saved keeps the figures, abandoned deletes the audio. Called on
 * the round's thread; never blocks it (the recorder and the voice's thread do the work).
 */
final class RoundHook implements RoundListener {

    private final VoiceService voice;
    private volatile RoundRecorder recorder;

    RoundHook(VoiceService voice) {
        this.voice = voice;
    }

    String currentRoundId() {
        RoundRecorder r = recorder;
        return r == null ? null : r.roundId();
    }

    @Override
    public void opened(ActiveRound round) {
        closeRecorder();
        if (!voice.settings().enabled()) {
            voice.setStatus(RecorderStatus.OFF);
            return;
        }
        RoundRecorder next = voice.newRecorder(round.roundId());
        next.onStatus(voice::setStatus);
        next.startThread();
        next.open();
        recorder = next;
    }

    private RoundRecorder recorderOf(ActiveRound round) {
        RoundRecorder r = recorder;
        return r != null && r.roundId().equals(round.roundId()) ? r : null;
    }

    @Override
    public void started(ActiveRound round) {
        RoundRecorder r = recorderOf(round);
        if (r != null) {
            r.start(round.round().timer().snapshot().roundElapsedMs());
        }
    }

    @Override
    public void resumed(ActiveRound round) {
        started(round);
    }

    @Override
    public void paused(ActiveRound round) {
        RoundRecorder r = recorderOf(round);
        if (r != null) {
            r.pause();
        }
    }

    @Override
    public void finished(ActiveRound round) {
        RoundRecorder r = recorderOf(round);
        if (r != null) {
            r.stop();
        }
    }

    @Override
    public void probeShown(ActiveRound round, ScheduledProbe probe) {
        RoundRecorder r = recorderOf(round);
        voice.interviewer().say(probe.text(), speaking -> {
            if (r != null) {
                r.interviewerSpeaking(speaking);
            }
        });
    }

    @Override
    public void saved(ActiveRound round, Attempt attempt) {
        RoundRecorder r = recorderOf(round);
        if (r == null) {
            return;
        }
        recorder = null;
        voice.later(() -> {
            r.close();  // waits for the last chunk
            voice.keepFigures(round.roundId(), attempt);
        });
    }

    @Override
    public void abandoned(ActiveRound round) {
        RoundRecorder r = recorderOf(round);
        if (r == null) {
            return;
        }
        recorder = null;
        voice.later(() -> {
            r.close();
            voice.discard(round.roundId());
        });
    }

    /** Stops the current recorder, if any, keeping what it recorded (e.g. the app closes mid-round). */
    void closeRecorder() {
        RoundRecorder r = recorder;
        recorder = null;
        if (r != null) {
            voice.later(r::close);
        }
    }
}
