package org.octoseq.mir.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.mir.TestAudio;

class AudioDecoderTest {

    @TempDir
    Path dir;

    private final AudioDecoder decoder = new AudioDecoder();

    /** A ramp from -0.9 to 0.9 and a 440 Hz sine: distinct channels whose mean is easy to check. */
    private static float[][] stereo(float rate, double seconds) {
        float[] sine = TestAudio.sine(rate, 440, 0.5, seconds);
        float[] ramp = new float[sine.length];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (float) (-0.9 + 1.8 * i / ramp.length);
        }
        return new float[][] {ramp, sine};
    }

    private static void assertMonoMix(float[][] channels, int bits, float[] decoded) {
        assertEquals(channels[0].length, decoded.length, "sample count");
        double tolerance = bits == 0 ? 1e-7 : 1.01 / Math.pow(2, bits - 1);
        for (int i = 0; i < decoded.length; i++) {
            float l = bits == 0 ? channels[0][i] : TestAudio.quantised(channels[0][i], bits);
            float r = bits == 0 ? channels[1][i] : TestAudio.quantised(channels[1][i], bits);
            assertEquals((l + r) / 2, decoded[i], tolerance, "sample " + i);
        }
    }

    @Test
    void sixteenBitStereoIsAveragedToMono() throws Exception {
        float[][] ch = stereo(44100, 1.5);
        Path f = TestAudio.wav(dir.resolve("s16.wav"), 44100, Encoding.PCM_SIGNED, 16, ch);
        DecodedAudio a = decoder.decode(f);
        assertEquals(44100f, a.sampleRate());
        assertEquals(1.5, a.durationSec(), 1e-9);
        assertEquals(f, a.source());
        assertMonoMix(ch, 16, a.samples());
    }

    @Test
    void eightBitUnsigned() throws Exception {
        float[][] ch = stereo(8000, 0.5);
        DecodedAudio a = decoder.decode(TestAudio.wav(dir.resolve("u8.wav"), 8000, Encoding.PCM_UNSIGNED, 8, ch));
        assertEquals(0.5, a.durationSec(), 1e-9);
        assertMonoMix(ch, 8, a.samples());
    }

    @Test
    void twentyFourBit() throws Exception {
        float[][] ch = stereo(48000, 1.0);
        DecodedAudio a = decoder.decode(TestAudio.wav(dir.resolve("s24.wav"), 48000, Encoding.PCM_SIGNED, 24, ch));
        assertEquals(48000f, a.sampleRate());
        assertMonoMix(ch, 24, a.samples());
    }

    @Test
    void thirtyTwoBitFloatIsExact() throws Exception {
        float[][] ch = stereo(44100, 0.25);
        DecodedAudio a = decoder.decode(TestAudio.wav(dir.resolve("f32.wav"), 44100, Encoding.PCM_FLOAT, 32, ch));
        assertMonoMix(ch, 0, a.samples());
    }

    @Test
    void nonFiniteFloatSamplesDecodeAsSilence() throws Exception {
        float[] x = TestAudio.sine(8000, 100, 0.5, 1.0);
        x[4000] = Float.NaN;
        x[4001] = Float.POSITIVE_INFINITY;
        float[] y = decoder.decode(TestAudio.wav(dir.resolve("nan.wav"), 8000, Encoding.PCM_FLOAT, 32, x)).samples();
        assertEquals(0f, y[4000]);
        assertEquals(0f, y[4001]);
        assertEquals(x[4002], y[4002]);
    }

    @Test
    void monoAtItsOwnRate() throws Exception {
        float[] x = TestAudio.sine(22050, 1000, 0.75, 2.0);
        DecodedAudio a = decoder.decode(TestAudio.wav(dir.resolve("m.wav"), 22050, Encoding.PCM_SIGNED, 16, x));
        assertEquals(22050f, a.sampleRate());
        assertEquals(2.0, a.durationSec(), 1e-9);
        assertEquals(44100, a.samples().length);
        for (int i = 0; i < x.length; i++) {
            assertEquals(TestAudio.quantised(x[i], 16), a.samples()[i], 1e-6, "sample " + i);
        }
    }

    @Test
    void bigEndianAiff() throws Exception {
        float[][] ch = stereo(32000, 0.5);
        Path f = TestAudio.write(dir.resolve("s16.aiff"), AudioFileFormat.Type.AIFF, true, 32000,
                Encoding.PCM_SIGNED, 16, ch);
        DecodedAudio a = decoder.decode(f);
        assertEquals(32000f, a.sampleRate());
        assertMonoMix(ch, 16, a.samples());
    }

    @Test
    void textFileNamedWavGivesOneLineNamingFileAndReason() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.wav"), "these are not samples\n".repeat(50));
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertEquals(f + ": not a recognised audio file", e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void textFileNamedMp3IsRejected() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.mp3"), "these are not samples\n".repeat(50));
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void missingFile() {
        Path f = dir.resolve("nowhere.wav");
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertEquals(f + ": file not found", e.getMessage());
    }

    @Test
    void truncatedDataIsAnError() throws Exception {
        Path f = TestAudio.wav(dir.resolve("cut.wav"), 44100, Encoding.PCM_SIGNED, 16, TestAudio.sine(44100, 440, .5, 1));
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertTrue(e.getMessage().startsWith(f + ": truncated"), e.getMessage());
    }

    @Test
    void truncatedHeaderIsAnError() throws Exception {
        Path f = TestAudio.wav(dir.resolve("head.wav"), 44100, Encoding.PCM_SIGNED, 16, TestAudio.sine(44100, 440, .5, 1));
        Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 20));
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
    }

    @Test
    void emptyAudioIsAnError() throws Exception {
        Path f = TestAudio.wav(dir.resolve("empty.wav"), 44100, Encoding.PCM_SIGNED, 16, new float[0]);
        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> decoder.decode(f));
        assertEquals(f + ": contains no audio samples", e.getMessage());
    }

    @Test
    void decodesAnMp3WhenOneIsGiven() throws Exception {
        // no MP3 encoder is available to the build; this runs only with -Doctoseq.test.mp3=<file>
        String mp3 = System.getProperty("octoseq.test.mp3");
        assumeTrue(mp3 != null, "set -Doctoseq.test.mp3 to run");
        DecodedAudio a = decoder.decode(Path.of(mp3));
        assertTrue(a.durationSec() > 0);
        System.out.println(mp3 + ": " + a.sampleRate() + " Hz, " + a.durationSec() + " s");
    }
}
