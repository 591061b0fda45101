package org.octoseq.mir.tempo;

/**
 * Estimates the beat period of an onset envelope from its periodicity.
 *
 * <p>Each candidate period {@code tau} is scored by a comb over its multiples,
 * {@code r(tau) + r(2 tau)/2 + r(3 tau)/3 + r(4 tau)/4}, times a broad log-normal preference centred on
 * {@value #PRIOR_CENTRE_BPM} BPM (one octave wide) that halves outside 60..200 BPM; the search runs from
 * {@value #MIN_BPM} to {@value #MAX_BPM} BPM on a 0.25 % grid. Octave errors are then checked explicitly:
 * a slow winner (below 100 BPM) whose double tempo (still within 200 BPM) repeats almost as strongly is
 * replaced by it, and so is one whose double tempo repeats clearly while the envelope also pulses steadily at
 * four times the tempo (the sixteenths of a half-time reading of, typically, drum and bass); a fast winner
 * (above 160 BPM) whose half tempo (at least 60 BPM) is clearly stronger is replaced by that.
 */
public final class TempoEstimator {

    static final double MIN_BPM = 40;
    static final double MAX_BPM = 240;
    static final double PRIOR_CENTRE_BPM = 120;

    private final double frameRate;

    /** @param frameRate onset envelope frames per second */
    public TempoEstimator(double frameRate) {
        this.frameRate = frameRate;
    }

    /** An estimate: tempo in BPM and how periodic the envelope is at that tempo (0..1). */
    public record Estimate(double bpm, double confidence) { }

    /** The tempo of frames {@code [from, to)} of {@code onset}, searched over the whole range. */
    public Estimate estimate(float[] onset, int from, int to) {
        return estimate(onset, from, to, MIN_BPM, MAX_BPM, true);
    }

    /**
     * The tempo of frames {@code [from, to)} searched within {@code [loBpm, hiBpm]}.
     *
     * @param octaveCheck whether to apply the octave correction (off when the range is already narrow)
     */
    public Estimate estimate(float[] onset, int from, int to, double loBpm, double hiBpm, boolean octaveCheck) {
        Periodicity p = Periodicity.of(onset, from, to, (int) Math.ceil(4 * lag(Math.max(MIN_BPM, loBpm))) + 2);
        double best = Double.NEGATIVE_INFINITY;
        double bestBpm = PRIOR_CENTRE_BPM;
        for (double bpm = loBpm; bpm <= hiBpm; bpm *= 1.0025) {
            double s = Math.max(0, comb(p, lag(bpm))) * prior(bpm);
            if (s > best) {
                best = s;
                bestBpm = bpm;
            }
        }
        if (octaveCheck) {
            bestBpm = correctOctave(p, bestBpm);
        }
        double confidence = Math.max(0, Math.min(1, p.at(lag(bestBpm))));
        return new Estimate(bestBpm, confidence);
    }

    private double correctOctave(Periodicity p, double bpm) {
        double r = peak(p, bpm);
        double twice = peak(p, bpm * 2);
        boolean halfTime = twice >= 0.4 * r && peak(p, bpm * 4) >= 0.3 * r;
        if (bpm * 2 <= 200 && bpm < 100 && (twice >= 0.8 * r || halfTime)) {
            return refine(p, bpm * 2);
        }
        if (bpm / 2 >= 60 && bpm > 160 && peak(p, bpm / 2) >= 1.3 * r) {
            return refine(p, bpm / 2);
        }
        return bpm;
    }

    /** The strongest autocorrelation within 2 % of {@code bpm}. */
    private double peak(Periodicity p, double bpm) {
        double best = Double.NEGATIVE_INFINITY;
        for (double b = bpm * 0.98; b <= bpm * 1.02; b *= 1.0025) {
            best = Math.max(best, p.at(lag(b)));
        }
        return best;
    }

    private double refine(Periodicity p, double bpm) {
        double best = Double.NEGATIVE_INFINITY;
        double at = bpm;
        for (double b = bpm * 0.98; b <= bpm * 1.02; b *= 1.0025) {
            double s = comb(p, lag(b));
            if (s > best) {
                best = s;
                at = b;
            }
        }
        return at;
    }

    private static double comb(Periodicity p, double tau) {
        double s = 0;
        for (int m = 1; m <= 4; m++) {
            s += p.at(m * tau) / m;
        }
        return s;
    }

    private static double prior(double bpm) {
        double octaves = Math.log(bpm / PRIOR_CENTRE_BPM) / Math.log(2);
        double w = Math.exp(-0.5 * octaves * octaves);
        return bpm < 60 || bpm > 200 ? 0.5 * w : w;
    }

    /** Beat period in frames for {@code bpm}. */
    double lag(double bpm) {
        return 60.0 * frameRate / bpm;
    }
}
