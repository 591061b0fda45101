package org.octoseq.processing.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Chooses the playhead of a show: the mixdown played through the default sound device when there is one and
 * JavaSound can decode the file (WAV, AIFF, AU), otherwise a silent {@link ClockPlayhead} — and says which,
 * once, in one line.
 *
 * <p>Playback uses JavaSound directly (decode with {@link AudioSystem}, play through a {@link SourceDataLine}),
 * not minim: minim cannot open anything without a sound card, and a line's frame position is exactly the
 * playhead the show needs.
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
        // JavaSound finds its devices and file readers through the context class loader; in OSGi that is a
        // bundle's, which cannot see the JDK's providers
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            if (audio == null) {
                notes.accept("no audio: the show runs on the clock");
                return new ClockPlayhead(System::nanoTime, duration);
            }
            if (AudioSystem.getMixerInfo().length == 0) {
                notes.accept("no sound device: the show runs on the clock, silently");
                return new ClockPlayhead(System::nanoTime, duration);
            }
            return line(audio, notes, duration);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Playhead line(Path audio, Consumer<String> notes, double duration) {
        AudioFormat format;
        byte[] pcm;
        try {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(audio.toFile())) {
                AudioFormat source = in.getFormat();
                format = new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
                pcm = readAll(AudioSystem.getAudioInputStream(format, in));
            }
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            notes.accept("cannot play " + audio.getFileName() + " (" + e.getMessage() + "): the show runs on the clock");
            return new ClockPlayhead(System::nanoTime, duration);
        }
        try {
            SourceDataLine line = LinePlayhead.openLine(format);
            String what = String.format(java.util.Locale.ROOT, "audio: %s (%.0f Hz, %d ch)", audio.getFileName(),
                    format.getSampleRate(), format.getChannels());
            notes.accept("playing " + what.substring("audio: ".length()));
            return new LinePlayhead(pcm, format, line, what);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            notes.accept("no sound device can play " + audio.getFileName() + " (" + e.getMessage()
                    + "): the show runs on the clock, silently");
            return new ClockPlayhead(System::nanoTime, duration);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
