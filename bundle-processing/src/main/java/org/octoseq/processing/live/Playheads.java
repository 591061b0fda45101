package org.octoseq.processing.live;

import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sound.sampled.AudioSystem;

/**
 * Chooses the playhead of a show: the mixdown played by minim through the default sound device when there is one
 * and minim can play the file (WAV, AIFF, MP3…), otherwise a silent {@link ClockPlayhead} — and says which, once,
 * in one line.
 */
public final class Playheads {

    private Playheads() {
    }

    /**
     * The playhead for {@code audio}, paused at 0.
     *
     * @param audio    the mixdown, or {@code null} for a silent clock
     * @param duration the analysed length of the track in seconds (0 when unknown), used by the clock
     * @param notes    receives one line saying what plays the show (e.g. "no sound device: running on the clock")
     */
    public static Playhead open(Path audio, double duration, Consumer<String> notes) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JavaSound finds devices and decoders (minim's MP3 reader among them) through the context class
        // loader; in OSGi that must be this bundle's, which sees the embedded decoders and the JDK's providers
        thread.setContextClassLoader(Playheads.class.getClassLoader());
        try {
            if (audio == null) {
                notes.accept("no audio: the show runs on the clock");
                return new ClockPlayhead(System::nanoTime, duration);
            }
            if (AudioSystem.getMixerInfo().length == 0) {
                notes.accept("no sound device: the show runs on the clock, silently");
                return new ClockPlayhead(System::nanoTime, duration);
            }
            MinimPlayhead minim = MinimPlayhead.open(audio, System::nanoTime);
            if (minim == null) {
                notes.accept("no sound device can play " + audio.getFileName() + ": the show runs on the clock, silently");
                return new ClockPlayhead(System::nanoTime, duration);
            }
            notes.accept("playing " + minim.description().substring("audio: ".length()));
            return minim;
        } catch (RuntimeException | LinkageError e) {
            notes.accept("cannot play " + audio.getFileName() + " (" + e + "): the show runs on the clock, silently");
            return new ClockPlayhead(System::nanoTime, duration);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
