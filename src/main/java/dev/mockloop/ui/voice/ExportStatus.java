package dev.mockloop.ui.voice;

import dev.mockloop.voice.AttemptExports;

/** The end of an export's status line: whether the recordings went with it. */
public final class ExportStatus {

    private ExportStatus() {
    }

    /**
     * @return ", without recordings", or e.g. ", with 3 recordings (12.4 MB) in a-recordings.zip"
     *         (", with no recording: none of them was recorded" when the zip came out empty)
     */
    public static String recordings(AttemptExports.Done done) {
        if (!done.withRecordings()) {
            return ", without recordings";
        }
        int n = done.audio().rounds();
        return n == 0 ? ", with no recording: none of them was recorded"
                : ", with " + n + (n == 1 ? " recording (" : " recordings (") + RecordingsText.mb(done.audio().bytes())
                        + ") in " + done.zip().getFileName();
    }
}
