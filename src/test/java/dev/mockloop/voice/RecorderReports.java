package dev.mockloop.voice;

/**
 * For view-model tests outside this package: makes a voice service report a recorder status
 * as its round's recorder would, on the caller's thread, without a sound device.
 */
public final class RecorderReports {

    private RecorderReports() {
    }

    /** @param status what the recorder says now; every status listener hears it on this thread */
    public static void report(VoiceService voice, RecorderStatus status) {
        voice.setStatus(status);
    }
}
