package org.octoseq.mir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Synthesised test audio written with JavaSound's own writers. */
public final class TestAudio {

    private TestAudio() {
    }

    /** {@code amplitude * sin(2 pi f t)} for {@code seconds}. */
    public static float[] sine(float sampleRate, double hz, double amplitude, double seconds) {
        float[] x = new float[(int) Math.round(seconds * sampleRate)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
        return x;
    }

    /** Writes a WAV file of the given channels (equal lengths, values in [-1, 1]). */
    public static Path wav(Path file, float sampleRate, Encoding encoding, int bits, float[]... channels)
            throws IOException {
        return write(file, AudioFileFormat.Type.WAVE, false, sampleRate, encoding, bits, channels);
    }

    /** Writes an audio file of {@code type} with the given byte order. */
    public static Path write(Path file, AudioFileFormat.Type type, boolean bigEndian, float sampleRate,
            Encoding encoding, int bits, float[]... channels) throws IOException {
        int bytes = bits / 8;
        int frames = channels[0].length;
        AudioFormat format = new AudioFormat(encoding, sampleRate, bits, channels.length, bytes * channels.length,
                sampleRate, bigEndian);
        ByteBuffer buf = ByteBuffer.allocate(frames * format.getFrameSize())
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int f = 0; f < frames; f++) {
            for (float[] channel : channels) {
                put(buf, encoding, bits, channel[f], bigEndian);
            }
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(buf.array()), format, frames)) {
            AudioSystem.write(in, type, file.toFile());
        }
        return file;
    }

    /** The value a decoder should give back for {@code v} written at {@code bits} bits of integer PCM. */
    public static float quantised(float v, int bits) {
        double full = Math.pow(2, bits - 1);
        return (float) (Math.max(-full, Math.min(full - 1, Math.round(v * full))) / full);
    }

    private static void put(ByteBuffer buf, Encoding encoding, int bits, float v, boolean bigEndian) {
        if (Encoding.PCM_FLOAT.equals(encoding)) {
            buf.putFloat(v);
            return;
        }
        long full = 1L << (bits - 1);
        long q = Math.max(-full, Math.min(full - 1, Math.round(v * (double) full)));
        if (Encoding.PCM_UNSIGNED.equals(encoding)) {
            q += full;
        }
        int bytes = bits / 8;
        for (int i = 0; i < bytes; i++) {
            int shift = 8 * (bigEndian ? bytes - 1 - i : i);
            buf.put((byte) (q >> shift));
        }
    }
}
