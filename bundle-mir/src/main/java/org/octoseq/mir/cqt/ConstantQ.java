package org.octoseq.mir.cqt;

import org.jtransforms.fft.FloatFFT_1D;
import org.octoseq.mir.decode.Resampler;

/**
 * A constant-Q spectrum on the feature frame grid: {@value #BINS_PER_OCTAVE} bins per octave (one per equal-tempered
 * semitone, A4 = 440 Hz) for {@value #OCTAVES} octaves from C1 ({@value #FMIN_HZ} Hz) to B7 (3951 Hz), each bin a
 * Hann-windowed filter {@code Q = 1 / (2^(1/12) - 1)} (about 16.8) periods long, so a bass note's window is about
 * half a second and a high one a few milliseconds.
 *
 * <p>Computed octave by octave on ever halved sample rates (each octave decimated from the one above with the
 * band-limited {@link Resampler}): every octave then needs the same small FFT per frame, and each bin is a sparse
 * product of that FFT with its kernel's spectrum (Brown and Puckette's efficient CQT). Frame {@code i} is centred on
 * {@code i / frameRate} seconds; beyond either end the audio holds its first or last value. Values are amplitudes: a
 * sine of amplitude {@code A} on a bin's centre frequency gives about {@code A} in that bin.
 */
public final class ConstantQ {

    public static final double FMIN_HZ = 32.70319566257483;
    public static final int BINS_PER_OCTAVE = 12;
    public static final int OCTAVES = 7;
    public static final int BINS = BINS_PER_OCTAVE * OCTAVES;
    /** Kernel spectrum entries below this fraction of the kernel's largest are dropped. */
    private static final double SPARSITY = 0.005;

    private final double sampleRate;
    private final double frameRate;

    /**
     * @param sampleRate the audio's rate (Hz), a whole number; above 2 x 3951 Hz
     * @param frameRate  frames per second
     */
    public ConstantQ(double sampleRate, double frameRate) {
        this.sampleRate = sampleRate;
        this.frameRate = frameRate;
    }

    /** Centre frequency of bin {@code k} in Hz. */
    public static double hz(int k) {
        return FMIN_HZ * Math.pow(2, k / (double) BINS_PER_OCTAVE);
    }

    /** The bin nearest to {@code hz} (may lie outside {@code 0 .. BINS-1}). */
    public static double bin(double hz) {
        return BINS_PER_OCTAVE * Math.log(hz / FMIN_HZ) / Math.log(2);
    }

    /** Q factor: centre frequency over bandwidth. */
    public static double q() {
        return 1 / (Math.pow(2, 1.0 / BINS_PER_OCTAVE) - 1);
    }

    /** The spectrum of {@code x}: {@code frames} rows of {@link #BINS} amplitudes. */
    public float[][] transform(float[] x, int frames) {
        float[][] out = new float[frames][BINS];
        float[] octave = x;
        int rate = (int) Math.round(sampleRate);
        for (int o = 0; o < OCTAVES; o++) {
            int firstBin = BINS - (o + 1) * BINS_PER_OCTAVE;
            new Octave(rate, firstBin).transform(octave, frames, out);
            if (o + 1 < OCTAVES) {
                int lower = rate / 2;
                octave = new Resampler(rate, lower).process(octave);
                rate = lower;
            }
        }
        return out;
    }

    /** The twelve bins of one octave at the octave's own sample rate. */
    private final class Octave {
        private final int rate;
        private final int firstBin;
        private final int size;
        private final int[][] index;
        private final float[][] re;
        private final float[][] im;

        Octave(int rate, int firstBin) {
            this.rate = rate;
            this.firstBin = firstBin;
            double q = q();
            int longest = (int) Math.ceil(q * rate / hz(firstBin));
            this.size = Integer.highestOneBit(Math.max(2, longest - 1)) << 1;
            this.index = new int[BINS_PER_OCTAVE][];
            this.re = new float[BINS_PER_OCTAVE][];
            this.im = new float[BINS_PER_OCTAVE][];
            FloatFFT_1D fft = new FloatFFT_1D(size);
            for (int j = 0; j < BINS_PER_OCTAVE; j++) {
                double f = hz(firstBin + j);
                int n = Math.min(size, (int) Math.round(q * rate / f));
                float[] kernel = new float[2 * size];
                double[] w = new double[n];
                double sum = 0;
                for (int t = 0; t < n; t++) {
                    w[t] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (t + 0.5) / n);
                    sum += w[t];
                }
                int offset = (size - n) / 2;
                for (int t = 0; t < n; t++) {
                    double phase = 2 * Math.PI * f * (t + offset - size / 2.0) / rate;
                    // scaled so that a sine of amplitude A gives A: 2 / sum(w)
                    kernel[2 * (t + offset)] = (float) (2 * w[t] / sum * Math.cos(phase));
                    kernel[2 * (t + offset) + 1] = (float) (2 * w[t] / sum * Math.sin(phase));
                }
                fft.complexForward(kernel);
                double max = 0;
                for (int m = 0; m <= size / 2; m++) {
                    max = Math.max(max, Math.hypot(kernel[2 * m], kernel[2 * m + 1]));
                }
                int count = 0;
                for (int m = 0; m <= size / 2; m++) {
                    if (Math.hypot(kernel[2 * m], kernel[2 * m + 1]) >= SPARSITY * max) {
                        count++;
                    }
                }
                index[j] = new int[count];
                re[j] = new float[count];
                im[j] = new float[count];
                int c = 0;
                for (int m = 0; m <= size / 2; m++) {
                    if (Math.hypot(kernel[2 * m], kernel[2 * m + 1]) >= SPARSITY * max) {
                        index[j][c] = m;
                        // conj(K) / size, for X . conj(K) / N = sum x conj(k) (Parseval)
                        re[j][c] = kernel[2 * m] / size;
                        im[j][c] = -kernel[2 * m + 1] / size;
                        c++;
                    }
                }
            }
        }

        void transform(float[] x, int frames, float[][] out) {
            FloatFFT_1D fft = new FloatFFT_1D(size);
            float[] buf = new float[size];
            for (int i = 0; i < frames; i++) {
                int start = (int) Math.round(i * rate / frameRate) - size / 2;
                for (int t = 0; t < size; t++) {
                    int s = start + t;
                    buf[t] = x.length == 0 ? 0f : x[s < 0 ? 0 : s >= x.length ? x.length - 1 : s];
                }
                fft.realForward(buf);
                float[] row = out[i];
                for (int j = 0; j < BINS_PER_OCTAVE; j++) {
                    int[] idx = index[j];
                    float[] kr = re[j];
                    float[] ki = im[j];
                    double sr = 0;
                    double si = 0;
                    for (int c = 0; c < idx.length; c++) {
                        int m = idx[c];
                        float xr;
                        float xi;
                        if (m == 0) {
                            xr = buf[0];
                            xi = 0;
                        } else if (m == size / 2) {
                            xr = buf[1];
                            xi = 0;
                        } else {
                            xr = buf[2 * m];
                            xi = buf[2 * m + 1];
                        }
                        sr += xr * kr[c] - xi * ki[c];
                        si += xr * ki[c] + xi * kr[c];
                    }
                    row[firstBin + j] = (float) Math.hypot(sr, si);
                }
            }
        }
    }
}
