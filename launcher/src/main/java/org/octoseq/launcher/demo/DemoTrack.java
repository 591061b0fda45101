package org.octoseq.launcher.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic 24-second, 120 BPM synthetic track in four stems (drums, bass, pad, lead) with an arrangement
 * whose loudness changes clearly: a quiet pad intro, drums entering, a full section, a breakdown and a full
 * ending. Same output on every machine (fixed seed, pure arithmetic).
 */
public final class DemoTrack {

    public static final int SAMPLE_RATE = 44_100;
    public static final double BPM = 120.0;
    public static final double DURATION_SEC = 24.0;

    private static final double BEAT = 60.0 / BPM;
    /** Root notes (Hz) of the bars: A, F, C, G. */
    private static final double[] ROOTS = {55.0, 43.65, 65.41, 49.0};
    private static final double[] LEAD = {440.0, 523.25, 659.25, 587.33, 523.25, 440.0, 392.0, 440.0};

    private final int length = (int) (DURATION_SEC * SAMPLE_RATE);

    /** The stems by name (Drums, Bass, Pad, Lead), mono, in [-1, 1]. */
    public Map<String, float[]> stems() {
        Map<String, float[]> out = new LinkedHashMap<>();
        out.put("Drums", drums());
        out.put("Bass", bass());
        out.put("Pad", pad());
        out.put("Lead", lead());
        return out;
    }

    /** The mixdown: the sum of the stems, scaled so its peak is 0.9. */
    public static float[] mix(Map<String, float[]> stems) {
        int n = stems.values().iterator().next().length;
        float[] mix = new float[n];
        for (float[] s : stems.values()) {
            for (int i = 0; i < n; i++) {
                mix[i] += s[i];
            }
        }
        float peak = 0;
        for (float v : mix) {
            peak = Math.max(peak, Math.abs(v));
        }
        float gain = peak == 0 ? 1 : 0.9f / peak;
        for (int i = 0; i < n; i++) {
            mix[i] *= gain;
        }
        return mix;
    }

    /** Which parts play at time t: intro 0-4 s pad; 4-8 s + drums; 8-16 s all; 16-20 s pad + lead; 20-24 s all. */
    private static boolean plays(String part, double t) {
        return switch (part) {
            case "pad" -> true;
            case "drums" -> t >= 4 && t < 16 || t >= 20;
            case "bass" -> t >= 8 && t < 16 || t >= 20;
            case "lead" -> t >= 8;
            default -> false;
        };
    }

    private static double root(double t) {
        return ROOTS[(int) (t / (4 * BEAT)) % ROOTS.length];
    }

    private float[] drums() {
        float[] out = new float[length];
        SplittableRandom noise = new SplittableRandom(42);
        for (int i = 0; i < length; i++) {
            double t = (double) i / SAMPLE_RATE;
            double n = noise.nextDouble() * 2 - 1;
            if (!plays("drums", t)) {
                continue;
            }
            double inBeat = t % BEAT;
            int beat = (int) (t / BEAT);
            double kick = Math.sin(2 * Math.PI * (50 * inBeat + 60 * (1 - Math.exp(-inBeat * 30)) / 30)) * Math.exp(-inBeat * 12);
            double snare = beat % 2 == 1 ? n * Math.exp(-inBeat * 20) * 0.5 : 0;
            double inEighth = t % (BEAT / 2);
            double hat = n * Math.exp(-inEighth * 90) * 0.15;
            out[i] = (float) (0.8 * kick + snare + hat);
        }
        return out;
    }

    private float[] bass() {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / SAMPLE_RATE;
            if (!plays("bass", t)) {
                continue;
            }
            double inEighth = t % (BEAT / 2);
            double env = Math.min(1, inEighth * 200) * Math.exp(-inEighth * 4);
            double f = root(t);
            double x = Math.sin(2 * Math.PI * f * t) + 0.4 * Math.sin(4 * Math.PI * f * t);
            out[i] = (float) (0.45 * env * x);
        }
        return out;
    }

    private float[] pad() {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / SAMPLE_RATE;
            double f = root(t) * 4;
            double inBar = t % (4 * BEAT);
            double env = Math.min(1, inBar / 0.4) * 0.12;
            double x = Math.sin(2 * Math.PI * f * t) + Math.sin(2 * Math.PI * f * 1.26 * t) + Math.sin(2 * Math.PI * f * 1.5 * t);
            out[i] = (float) (env * x / 3);
        }
        return out;
    }

    private float[] lead() {
        float[] out = new float[length];
        for (int i = 0; i < length; i++) {
            double t = (double) i / SAMPLE_RATE;
            if (!plays("lead", t)) {
                continue;
            }
            int note = (int) (t / BEAT) % LEAD.length;
            double inBeat = t % BEAT;
            double env = Math.min(1, inBeat * 100) * Math.exp(-inBeat * 3);
            double level = t >= 16 && t < 20 ? 0.12 : 0.25;
            double f = LEAD[note];
            out[i] = (float) (level * env * (Math.sin(2 * Math.PI * f * t) + 0.3 * Math.sin(6 * Math.PI * f * t)));
        }
        return out;
    }
}
