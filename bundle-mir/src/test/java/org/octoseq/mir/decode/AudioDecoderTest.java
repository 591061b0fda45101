package org.octoseq.mir.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octoseq.mir.ExternalTools;
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

    /** Decaying 1 kHz bursts every 0.37 s: sharp, unevenly placed events whose position is easy to find. */
    private static float[] bursts(float rate, double seconds) {
        float[] x = new float[(int) Math.round(rate * seconds)];
        for (double t = 0.3; t < seconds - 0.2; t += 0.37) {
            int at = (int) Math.round(t * rate);
            for (int i = 0; i < rate * 0.03 && at + i < x.length; i++) {
                x[at + i] += (float) (0.7 * Math.sin(2 * Math.PI * 1000 * i / rate) * Math.exp(-i / (rate * 0.005)));
            }
        }
        return x;
    }

    /**
     * The shift (in samples) of {@code decoded} against {@code original} that lines up their first second best.
     */
    private static int lag(float[] original, float[] decoded, int maxLag) {
        int best = 0;
        double bestSum = Double.NEGATIVE_INFINITY;
        int span = Math.min(original.length, decoded.length / 3);
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int i = Math.max(0, -lag); i < span && i + lag < decoded.length; i++) {
                sum += original[i] * decoded[i + lag];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = lag;
            }
        }
        return best;
    }

    private Path mp3(float rate, int channels, String name, String... lameOptions) throws Exception {
        float[] x = bursts(rate, 3);
        float[][] ch = channels == 1 ? new float[][] {x} : new float[][] {x, x};
        Path wav = TestAudio.wav(dir.resolve(name + ".wav"), rate, Encoding.PCM_SIGNED, 16, ch);
        Path mp3 = dir.resolve(name + ".mp3");
        String[] args = new String[lameOptions.length + 3];
        args[0] = "--quiet";
        System.arraycopy(lameOptions, 0, args, 1, lameOptions.length);
        args[args.length - 2] = wav.toString();
        args[args.length - 1] = mp3.toString();
        ExternalTools.run("lame", args);
        return mp3;
    }

    /** An MP3's samples line up with what was encoded to within 5 ms, and it is as long (within 5 ms). */
    private void assertTrimmed(Path mp3, float rate) throws Exception {
        float[] original = bursts(rate, 3);
        DecodedAudio a = decoder.decode(mp3);
        assertEquals(rate, a.sampleRate());
        int fiveMs = Math.round(rate * 0.005f);
        int shift = lag(original, a.samples(), 1500);
        assertTrue(Math.abs(shift) <= fiveMs, mp3.getFileName() + ": decoded audio is " + shift + " samples late");
        assertEquals(original.length, a.samples().length, fiveMs, "length of " + mp3.getFileName());
        // and it is the same sound, not just aligned noise
        double err = 0;
        double energy = 0;
        for (int i = 0; i < original.length && i + shift < a.samples().length; i++) {
            double d = a.samples()[i + shift] - original[i];
            err += d * d;
            energy += original[i] * original[i];
        }
        assertTrue(err < 0.05 * energy, "distortion " + err / energy);
    }

    @Test
    void mp3At44100StereoIsTrimmedOfEncoderAndDecoderDelay() throws Exception {
        assertTrimmed(mp3(44100, 2, "cbr44", "-b", "128"), 44100);
    }

    @Test
    void mp3At48000Vbr() throws Exception {
        assertTrimmed(mp3(48000, 2, "vbr48", "-V", "2"), 48000);
    }

    @Test
    void mp3At22050MonoUsesMpeg2Frames() throws Exception {
        assertTrimmed(mp3(22050, 1, "m22", "-m", "m", "-b", "64"), 22050);
    }

    @Test
    void mp3WithAnId3v2TagInFront() throws Exception {
        assertTrimmed(mp3(44100, 2, "tagged", "--id3v2-only", "--tt", "A title long enough to matter"), 44100);
    }

    @Test
    void mp3WithoutLameTagIsDecodedUntrimmed() throws Exception {
        // -t: no Xing/LAME frame; like ffmpeg, we then cannot know the delay and keep every decoded sample
        Path mp3 = mp3(44100, 2, "notag", "-t", "-b", "128");
        float[] original = bursts(44100, 3);
        int shift = lag(original, decoder.decode(mp3).samples(), 1500);
        assertEquals(576 + Mp3Gapless.DECODER_DELAY, shift, 2);
    }

    @Test
    void truncatedMp3StillDecodesWhatIsThere() throws Exception {
        Path mp3 = mp3(44100, 2, "cut", "-b", "128");
        byte[] all = Files.readAllBytes(mp3);
        Files.write(mp3, Arrays.copyOf(all, all.length / 2));
        DecodedAudio a = decoder.decode(mp3);
        assertEquals(1.5, a.durationSec(), 0.1);
    }
}
