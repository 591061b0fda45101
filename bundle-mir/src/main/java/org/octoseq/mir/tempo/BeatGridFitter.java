package org.octoseq.mir.tempo;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.time.TempoSegment;

/**
 * Turns tracked beats into tempo segments: within each stretch of one tempo, a least-squares line through
 * (beat number, beat time) gives the segment's exact tempo and the time of its first beat. A segment starts
 * at its first beat (the first at 0 s) and ends where the next begins (the last at the end of the audio).
 * Neighbouring segments whose tempi differ by less than {@value #SAME_TEMPO} are joined.
 */
final class BeatGridFitter {

    static final double SAME_TEMPO = 0.02;

    /**
     * @param beatTimes   tracked beat times in seconds, ascending
     * @param cuts        times in seconds where the tempo stretches meet, ascending
     * @param durationSec length of the audio in seconds
     */
    List<TempoSegment> fit(double[] beatTimes, double[] cuts, double durationSec) {
        List<double[]> groups = new ArrayList<>();
        int b = 0;
        for (int s = 0; s <= cuts.length; s++) {
            double end = s < cuts.length ? cuts[s] : Double.POSITIVE_INFINITY;
            int first = b;
            while (b < beatTimes.length && beatTimes[b] < end) {
                b++;
            }
            if (b - first >= 2) {
                groups.add(java.util.Arrays.copyOfRange(beatTimes, first, b));
            } else if (b > first && !groups.isEmpty()) {
                groups.set(groups.size() - 1, concat(groups.get(groups.size() - 1),
                        java.util.Arrays.copyOfRange(beatTimes, first, b)));
            }
        }
        List<double[]> fits = new ArrayList<>(); // {bpm, firstBeat, lastBeat}
        List<double[]> members = new ArrayList<>();
        for (double[] g : groups) {
            double[] f = line(g);
            if (!fits.isEmpty() && Math.abs(f[0] / fits.get(fits.size() - 1)[0] - 1) < SAME_TEMPO) {
                double[] joined = concat(members.get(members.size() - 1), g);
                members.set(members.size() - 1, joined);
                fits.set(fits.size() - 1, line(joined));
            } else {
                fits.add(f);
                members.add(g);
            }
        }
        List<TempoSegment> out = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            double start = i == 0 ? 0.0 : fits.get(i)[1];
            double end = i == fits.size() - 1 ? Math.max(durationSec, start + 1e-3) : fits.get(i + 1)[1];
            out.add(new TempoSegment(start, end, fits.get(i)[0], fits.get(i)[1]));
        }
        return out;
    }

    /** {bpm, fitted time of the first beat} of a least-squares line through consecutive beats. */
    private static double[] line(double[] t) {
        double period = median(diffs(t));
        double[] j = new double[t.length];
        for (int i = 1; i < t.length; i++) {
            j[i] = j[i - 1] + Math.max(1, Math.round((t[i] - t[i - 1]) / period));
        }
        double mj = 0;
        double mt = 0;
        for (int i = 0; i < t.length; i++) {
            mj += j[i];
            mt += t[i];
        }
        mj /= t.length;
        mt /= t.length;
        double sjt = 0;
        double sjj = 0;
        for (int i = 0; i < t.length; i++) {
            sjt += (j[i] - mj) * (t[i] - mt);
            sjj += (j[i] - mj) * (j[i] - mj);
        }
        double slope = sjj > 0 ? sjt / sjj : period;
        return new double[] {60.0 / slope, mt - slope * mj};
    }

    private static double[] diffs(double[] t) {
        double[] d = new double[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            d[i - 1] = t[i] - t[i - 1];
        }
        return d;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
