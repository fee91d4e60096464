package dev.mockloop.voice;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * The system's capture devices through Java Sound (on Linux the JDK talks to ALSA, on macOS
 * to Core Audio, on Windows to DirectSound). Nothing is opened until {@link #open} is called.
 */
public final class Microphones {

    /** Line buffer asked for, ms: room for the recorder to fall behind briefly (e.g. a disk stall). */
    static final int BUFFER_MS = 2_000;

    /** Formats tried in order; Java Sound converts any of them to {@link AudioSpec#pcmFormat()}. */
    private static final AudioFormat[] FORMATS = {
        AudioSpec.pcmFormat(),
        new AudioFormat(48_000, 16, 1, true, false),
        new AudioFormat(44_100, 16, 1, true, false),
        new AudioFormat(48_000, 16, 2, true, false),
        new AudioFormat(44_100, 16, 2, true, false),
    };

    /** @return the names of the devices that can record, as the system shows them; empty if none */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : mixers()) {
            names.add(info.getName());
        }
        return names;
    }

    /**
     * Opens a device for recording, not yet started.
     *
     * @param preferred the device chosen in settings; blank, or one no longer connected, means
     *                  the system's default
     * @throws MicrophoneException with a message for the user if none can be opened
     */
    public PcmSource open(String preferred) throws MicrophoneException {
        List<Mixer.Info> mixers = mixers();
        if (mixers.isEmpty()) {
            throw new MicrophoneException(MicrophoneException.Reason.NONE_FOUND,
                    "No microphone found, so nothing is being recorded. Plug one in or switch it on, then pick it"
                            + " under Settings → Microphone; the next round will record.", null);
        }
        List<Mixer.Info> order = new ArrayList<>();
        for (Mixer.Info info : mixers) {
            if (info.getName().equals(preferred)) {
                order.add(info);
            }
        }
        order.addAll(mixers.stream().filter(m -> !order.contains(m)).toList());
        Exception last = null;
        for (Mixer.Info info : order) {
            Mixer mixer = AudioSystem.getMixer(info);
            for (AudioFormat format : FORMATS) {
                DataLine.Info wanted = new DataLine.Info(TargetDataLine.class, format);
                if (!mixer.isLineSupported(wanted)) {
                    continue;
                }
                try {
                    TargetDataLine line = (TargetDataLine) mixer.getLine(wanted);
                    int bytesPerSecond = (int) (format.getFrameRate() * format.getFrameSize());
                    line.open(format, bytesPerSecond * BUFFER_MS / 1000);
                    return new LinePcmSource(line, info.getName());
                } catch (LineUnavailableException | SecurityException | IllegalArgumentException e) {
                    last = e;
                }
            }
        }
        throw new MicrophoneException(MicrophoneException.Reason.REFUSED,
                "The microphone could not be opened, so nothing is being recorded: another app may be using it,"
                        + " or Mockloop is not allowed to. On macOS allow Mockloop under System Settings → Privacy &"
                        + " Security → Microphone; otherwise close the other app. The next round tries again.", last);
    }

    private static List<Mixer.Info> mixers() {
        List<Mixer.Info> found = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer;
            try {
                mixer = AudioSystem.getMixer(info);
            } catch (IllegalArgumentException | SecurityException gone) {
                continue;
            }
            for (javax.sound.sampled.Line.Info line : mixer.getTargetLineInfo()) {
                if (line instanceof DataLine.Info && TargetDataLine.class.isAssignableFrom(line.getLineClass())) {
                    found.add(info);
                    break;
                }
            }
        }
        return found;
    }
}
