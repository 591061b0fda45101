package org.octoseq.mir.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioFormat.Encoding;

/**
 * Reads interleaved linear PCM (signed or unsigned integer of 8 to 32 bits, or 32/64-bit float, either
 * byte order) and averages the channels into one float channel in {@code [-1, 1]}. Non-finite float
 * samples become 0.
 */
final class MonoMixer {

    private final int channels;
    private final int bytesPerSample;
    private final boolean bigEndian;
    private final boolean isFloat;
    private final boolean unsigned;
    /** {@code 2^(bits-1)}: the integer value of full scale. */
    private final double fullScale;
    /** {@link #mix16}'s buffer of one read's samples. */
    private short[] shorts = new short[0];

    MonoMixer(AudioFormat format) {
        this.channels = format.getChannels();
        this.bytesPerSample = format.getSampleSizeInBits() / 8;
        this.bigEndian = format.isBigEndian();
        this.isFloat = Encoding.PCM_FLOAT.equals(format.getEncoding());
        this.unsigned = Encoding.PCM_UNSIGNED.equals(format.getEncoding());
        this.fullScale = Math.pow(2, bytesPerSample * 8 - 1);
    }

    /** Whether this mixer can read {@code format} without a JavaSound conversion. */
    static boolean canRead(AudioFormat format) {
        Encoding enc = format.getEncoding();
        int bits = format.getSampleSizeInBits();
        boolean intPcm = (Encoding.PCM_SIGNED.equals(enc) || Encoding.PCM_UNSIGNED.equals(enc))
                && bits % 8 == 0 && bits >= 8 && bits <= 32;
        boolean floatPcm = Encoding.PCM_FLOAT.equals(enc) && (bits == 32 || bits == 64);
        return (intPcm || floatPcm) && format.getChannels() > 0
                && format.getFrameSize() == format.getChannels() * bits / 8;
    }

    /**
     * Reads the stream to its end; a partial frame at the end is dropped.
     *
     * @param expectedFrames the number of frames the header announces, or a negative number when unknown: with
     *                       it the output is allocated once at its final size
     */
    float[] readAll(InputStream in, long expectedFrames) throws IOException {
        int frameSize = channels * bytesPerSample;
        byte[] buf = new byte[frameSize * 16384];
        boolean known = expectedFrames >= 0 && expectedFrames < Integer.MAX_VALUE - 8;
        float[] out = new float[known ? (int) expectedFrames : 1 << 16];
        int frames = 0;
        int filled = 0;
        int n;
        while ((n = in.read(buf, filled, buf.length - filled)) != -1) {
            filled += n;
            int whole = filled / frameSize;
            if (frames + whole > out.length) {
                out = Arrays.copyOf(out, Math.max(out.length * 2, frames + whole));
            }
            mix(buf, whole, out, frames);
            frames += whole;
            int rest = filled - whole * frameSize;
            System.arraycopy(buf, whole * frameSize, buf, 0, rest);
            filled = rest;
        }
        return frames == out.length ? out : Arrays.copyOf(out, frames);
    }

    /** Mixes {@code count} frames of {@code b} into {@code out[at ..]}. */
    private void mix(byte[] b, int count, float[] out, int at) {
        if (bytesPerSample == 2 && !isFloat && !unsigned) {
            mix16(b, count, out, at);
            return;
        }
        int frameSize = channels * bytesPerSample;
        for (int f = 0; f < count; f++) {
            out[at + f] = mixFrame(b, f * frameSize);
        }
    }

    /**
     * The common case, 16-bit signed integers: one bulk conversion of the bytes to shorts (a native copy, fast even
     * before the JIT compiler has run), then a plain loop; mono and stereo unrolled.
     */
    private void mix16(byte[] b, int count, float[] out, int at) {
        int n = count * channels;
        if (shorts.length < n) {
            shorts = new short[n];
        }
        short[] s = shorts;
        ByteBuffer.wrap(b, 0, 2 * n).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN)
                .asShortBuffer().get(s, 0, n);
        float scale = (float) (1.0 / (fullScale * channels));
        if (channels == 1) {
            for (int f = 0; f < count; f++) {
                out[at + f] = s[f] * scale;
            }
        } else if (channels == 2) {
            for (int f = 0; f < count; f++) {
                out[at + f] = (s[2 * f] + s[2 * f + 1]) * scale;
            }
        } else {
            for (int f = 0, o = 0; f < count; f++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += s[o++];
                }
                out[at + f] = sum * scale;
            }
        }
    }

    private float mixFrame(byte[] b, int offset) {
        double sum = 0;
        for (int c = 0; c < channels; c++) {
            sum += sample(b, offset + c * bytesPerSample);
        }
        // a float file may hold NaN or infinity; one such sample must not poison every feature
        return Double.isFinite(sum) ? (float) (sum / channels) : 0f;
    }

    private double sample(byte[] b, int off) {
        long raw = 0;
        for (int i = 0; i < bytesPerSample; i++) {
            int v = b[off + (bigEndian ? i : bytesPerSample - 1 - i)] & 0xFF;
            raw = (raw << 8) | v;
        }
        if (isFloat) {
            return bytesPerSample == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
        }
        if (unsigned) {
            return (raw - fullScale) / fullScale;
        }
        int shift = 64 - bytesPerSample * 8;
        return ((raw << shift) >> shift) / fullScale;
    }
}
