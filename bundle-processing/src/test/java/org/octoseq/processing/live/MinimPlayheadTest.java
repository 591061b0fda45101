package org.octoseq.processing.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * The live transport on a real minim stack, playing a WAV in real time through {@link NullMixerProvider} (a sound
 * device that discards the sound): the playhead moves with the playback, stands still while paused, jumps on a
 * seek, and the transport built on it gives dt = 0 while paused, so stateful signals hold. Times are checked
 * loosely: the machine is shared.
 */
class MinimPlayheadTest {

    private static final float RATE = 44100;
    private static final double SECONDS = 4;

    @TempDir
    Path dir;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void device() {
        NullMixerProvider.enabled = true;
    }

    @AfterEach
    void noDevice() {
        NullMixerProvider.enabled = false;
    }

    @Test
    void withASoundDeviceMinimPlaysTheMixAndItsPositionIsTheTime() throws Exception {
        Path wav = sine(dir.resolve("mix.wav"));

        try (Playhead playhead = Playheads.open(wav, SECONDS, notes::add)) {
            assertInstanceOf(MinimPlayhead.class, playhead);
            assertEquals(List.of("playing mix.wav (44100 Hz, 1 ch, minim)"), notes);
            assertEquals(SECONDS, playhead.duration(), 0.01);
            assertFalse(playhead.playing());
            assertEquals(0, playhead.position(), 1e-9);

            playhead.play();
            Thread.sleep(600);
            double playedFor = playhead.position();
            assertTrue(playhead.playing());
            assertTrue(playedFor > 0.2 && playedFor < 1.5, "position after 0.6 s of playback: " + playedFor);

            playhead.pause();
            double pausedAt = playhead.position();
            Thread.sleep(300);
            assertFalse(playhead.playing());
            assertEquals(pausedAt, playhead.position(), 0.03, "paused: the position stands still");

            playhead.seek(2.5);
            assertEquals(2.5, playhead.position(), 0.03);
            playhead.play();
            Thread.sleep(300);
            assertTrue(playhead.position() > 2.55, "plays on from the seek: " + playhead.position());
        }
    }

    @Test
    void positionNeverGoesBackwardsWhilePlaying() throws Exception {
        Path wav = sine(dir.resolve("mix.wav"));

        try (Playhead playhead = Playheads.open(wav, SECONDS, notes::add)) {
            playhead.play();
            double last = 0;
            long distinct = 0;
            for (int i = 0; i < 200; i++) {
                double t = playhead.position();
                assertTrue(t >= last, "went back from " + last + " to " + t);
                distinct += t > last ? 1 : 0;
                last = t;
                Thread.sleep(4);
            }
            assertTrue(distinct > 100, "moves between minim's buffer steps: " + distinct + " of 200 reads advanced");
        }
    }

    @Test
    void whilePausedDtIsZeroAndStatefulSignalsHold() throws Exception {
        Path wav = sine(dir.resolve("mix.wav"));
        EvalContext eval = new EvalContext(w -> { });
        Namespace none = Namespace.empty(1);
        Signal accumulated = Signal.constant(1).integrate();

        try (ShowTransport transport = new ShowTransport(Playheads.open(wav, SECONDS, notes::add), 0, false)) {
            transport.play();
            double value = 0;
            for (int i = 0; i < 20; i++) {
                value = read(eval, transport.tick(), none, accumulated);
                Thread.sleep(16);
            }
            assertTrue(value > 0.1, "integrated over about 0.3 s of playback: " + value);

            transport.pause();
            Transport pausedFrame = transport.tick();
            double held = read(eval, pausedFrame, none, accumulated);
            for (int i = 0; i < 10; i++) {
                Thread.sleep(16);
                Transport t = transport.tick();
                assertEquals(0, t.dt(), "dt while paused");
                assertEquals(pausedFrame.time(), t.time(), 1e-9, "time while paused");
                assertEquals(held, read(eval, t, none, accumulated), 1e-9, "the integral holds while paused");
            }
        }
    }

    private static double read(EvalContext eval, Transport t, Namespace ns, Signal s) {
        eval.beginFrame(t, ns, BeatGrid.NONE);
        return eval.callWith(() -> s.evaluate(eval));
    }

    /** A quiet 440 Hz tone, mono, 16-bit. */
    private static Path sine(Path file) throws IOException {
        int n = (int) (SECONDS * RATE);
        byte[] pcm = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            short v = (short) (3000 * Math.sin(2 * Math.PI * 440 * i / RATE));
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, n), AudioFileFormat.Type.WAVE,
                file.toFile());
        return file;
    }
}
