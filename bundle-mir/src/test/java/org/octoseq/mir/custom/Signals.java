package org.octoseq.mir.custom;

import java.util.Random;
import org.octoseq.api.signal.SampledSignal;
import org.octoseq.mir.analysis.AnalysisParameters;

/** Synthesised analysis-rate audio (22 050 Hz) and small helpers to read computed signals at times. */
final class Signals {

    static final float RATE = AnalysisParameters.STANDARD.sampleRate();

    private Signals() {
    }

    static float[] silence(double seconds) {
        return new float[(int) Math.round(seconds * RATE)];
    }

    /** Adds a sine of {@code hz} and {@code amplitude} over {@code [from, to)} with {@code fadeSec} linear fades. */
    static void tone(float[] x, double hz, double amplitude, double from, double to, double fadeSec) {
        int a = (int) Math.round(from * RATE);
        int b = Math.min(x.length, (int) Math.round(to * RATE));
        for (int i = a; i < b; i++) {
            double t = (i - a) / (double) RATE;
            double left = (b - i) / (double) RATE;
            double env = fadeSec <= 0 ? 1 : Math.min(1, Math.min(t, left) / fadeSec);
            x[i] += (float) (amplitude * env * Math.sin(2 * Math.PI * hz * i / RATE));
        }
    }

    /** Adds a 2 ms broadband click (a decaying impulse train) at {@code t}. */
    static void click(float[] x, double t, double amplitude) {
        int a = (int) Math.round(t * RATE);
        Random r = new Random(Math.round(t * 1000));
        for (int i = 0; i < RATE * 0.002 && a + i < x.length; i++) {
            x[a + i] += (float) (amplitude * (r.nextDouble() * 2 - 1) * Math.exp(-i / (RATE * 0.0005)));
        }
    }

    static void noise(float[] x, double from, double to, double rms, long seed) {
        Random r = new Random(seed);
        for (int i = (int) Math.round(from * RATE); i < Math.min(x.length, (int) Math.round(to * RATE)); i++) {
            x[i] += (float) (r.nextGaussian() * rms);
        }
    }

    /** The signal's value at {@code t} (nearest frame). */
    static double at(SampledSignal s, double t) {
        return s.valueAt((int) Math.min(s.length() - 1, Math.round(t * s.rate())));
    }

    /** The time of the largest value within {@code [from, to]}. */
    static double argmax(SampledSignal s, double from, double to) {
        int best = (int) Math.round(from * s.rate());
        for (int i = best; i <= Math.min(s.length() - 1, Math.round(to * s.rate())); i++) {
            if (s.valueAt(i) > s.valueAt(best)) {
                best = i;
            }
        }
        return best / s.rate();
    }

    /** The largest value within {@code [from, to]}. */
    static double max(SampledSignal s, double from, double to) {
        return at(s, argmax(s, from, to));
    }
}
