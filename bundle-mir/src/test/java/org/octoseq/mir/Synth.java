package org.octoseq.mir;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Synthesised test music with exact ground truth: drum hits, clicks, bass notes and pad chords placed at known
 * sample positions. Each instance renders one mono track; every sound starts at its onset time (a sharp
 * attack), and {@link #onsets()} lists those times.
 */
public final class Synth {

    public final float rate;
    private final float[] out;
    private final Random random;
    private final TreeSet<Double> onsets = new TreeSet<>();

    public Synth(float rate, double seconds, long seed) {
        this.rate = rate;
        this.out = new float[(int) Math.round(seconds * rate)];
        this.random = new Random(seed);
    }

    /** The rendered samples (the live buffer). */
    public float[] samples() {
        return out;
    }

    /** Every onset time in seconds, ascending, hits closer than 5 ms merged. */
    public List<Double> onsets() {
        List<Double> merged = new ArrayList<>();
        for (double t : onsets) {
            if (merged.isEmpty() || t - merged.get(merged.size() - 1) > 0.005) {
                merged.add(t);
            }
        }
        return merged;
    }

    /** A kick: a sine sweeping 150 -> 50 Hz with a 120 ms decay. */
    public void kick(double t, double gain) {
        double phase = 0;
        int start = index(t);
        for (int i = 0; i < rate * 0.4 && start + i < out.length; i++) {
            double s = i / (double) rate;
            double f = 50 + 100 * Math.exp(-s / 0.03);
            phase += 2 * Math.PI * f / rate;
            double fade = Math.min(1, (0.4 - s) / 0.05);
            out[start + i] += (float) (gain * 0.9 * Math.sin(phase) * Math.exp(-s / 0.12) * fade);
        }
        onsets.add(t);
    }

    /** A snare: white noise and a 190 Hz tone, decaying over about 100 ms. */
    public void snare(double t, double gain) {
        int start = index(t);
        for (int i = 0; i < rate * 0.3 && start + i < out.length; i++) {
            double s = i / (double) rate;
            double noise = (random.nextDouble() * 2 - 1) * Math.exp(-s / 0.07);
            double tone = Math.sin(2 * Math.PI * 190 * s) * Math.exp(-s / 0.05);
            out[start + i] += (float) (gain * (0.5 * noise + 0.4 * tone));
        }
        onsets.add(t);
    }

    /** A closed hi-hat: first-differenced (bright) noise with a 25 ms decay. */
    public void hat(double t, double gain) {
        int start = index(t);
        double prev = 0;
        for (int i = 0; i < rate * 0.12 && start + i < out.length; i++) {
            double s = i / (double) rate;
            double n = random.nextDouble() * 2 - 1;
            out[start + i] += (float) (gain * 0.35 * (n - prev) * Math.exp(-s / 0.025));
            prev = n;
        }
        onsets.add(t);
    }

    /** A metronome click: a 2 ms burst of a 1.5 kHz tone. */
    public void click(double t, double gain) {
        tone(t, 0.03, 1500, gain, 0.005);
    }

    /** A plucked bass note of {@code hz}, {@code seconds} long. */
    public void bass(double t, double seconds, double hz, double gain) {
        tone(t, seconds, hz, gain, seconds / 3);
        tone(t, seconds, hz * 2, gain * 0.4, seconds / 4);
    }

    /** A chord of sines with a 5 ms attack held for {@code seconds} (a pad). */
    public void chord(double t, double seconds, double gain, double... hz) {
        int start = index(t);
        int len = (int) (seconds * rate);
        for (double f : hz) {
            for (int i = 0; i < len && start + i < out.length; i++) {
                double s = i / (double) rate;
                double env = Math.min(1, s / 0.005) * Math.min(1, (len - i) / (0.02 * rate));
                out[start + i] += (float) (gain / hz.length * env * (Math.sin(2 * Math.PI * f * s)
                        + 0.3 * Math.sin(2 * Math.PI * 2 * f * s)));
            }
        }
        onsets.add(t);
    }

    /** Adds white noise of RMS {@code rms} everywhere (no onsets). */
    public void noise(double rms) {
        for (int i = 0; i < out.length; i++) {
            out[i] += (float) (random.nextGaussian() * rms);
        }
    }

    /** Multiplies samples before {@code t} by {@code gain}. */
    public void scaleBefore(double t, double gain) {
        for (int i = 0; i < Math.min(out.length, index(t)); i++) {
            out[i] *= (float) gain;
        }
    }

    private void tone(double t, double seconds, double hz, double gain, double decay) {
        int start = index(t);
        for (int i = 0; i < seconds * rate && start + i < out.length; i++) {
            double s = i / (double) rate;
            out[start + i] += (float) (gain * Math.sin(2 * Math.PI * hz * s) * Math.exp(-s / decay)
                    * Math.min(1, s / 0.001));
        }
        onsets.add(t);
    }

    private int index(double t) {
        return (int) Math.round(t * rate);
    }

    /** The sum of equally long tracks, sample by sample. */
    public static float[] mix(float[]... tracks) {
        float[] m = new float[tracks[0].length];
        for (float[] t : tracks) {
            for (int i = 0; i < m.length; i++) {
                m[i] += t[i];
            }
        }
        return m;
    }
}
