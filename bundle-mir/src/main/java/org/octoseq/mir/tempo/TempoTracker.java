package org.octoseq.mir.tempo;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.signal.Event;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.TempoSegment;
import org.octoseq.mir.concurrent.Parallelism;

/**
 * Tempo, tempo changes and beats of an onset envelope: a global tempo ({@link TempoEstimator}), the stretches
 * of constant tempo ({@link TempoSegmenter}), each refined within 6 %, beats tracked through them
 * ({@link BeatTracker}) and a grid fitted to the beats ({@link BeatGridFitter}). Stateless and thread-safe.
 */
public final class TempoTracker {

    private final double frameRate;
    private final TempoEstimator estimator;
    private final BeatTracker tracker = new BeatTracker();
    private final Parallelism parallelism;

    /** @param frameRate onset envelope frames per second */
    public TempoTracker(double frameRate) {
        this(frameRate, Parallelism.SERIAL);
    }

    /**
     * @param frameRate   onset envelope frames per second
     * @param parallelism threads that may share the local tempo estimates when they are free (same results)
     */
    public TempoTracker(double frameRate, Parallelism parallelism) {
        this.frameRate = frameRate;
        this.estimator = new TempoEstimator(frameRate);
        this.parallelism = parallelism;
    }

    /**
     * Analyses {@code onset}.
     *
     * @param onset       onset strength per frame, 0..1
     * @param durationSec length of the audio in seconds
     */
    public TempoAnalysis analyse(float[] onset, double durationSec) {
        int n = onset.length;
        if (n < 2 || !hasSignal(onset)) {
            return TempoAnalysis.NONE;
        }
        TempoEstimator.Estimate global = estimator.estimate(onset, 0, n);
        List<TempoSegmenter.Stretch> stretches = new TempoSegmenter(estimator, frameRate, parallelism).segment(onset, global.bpm());
        double[] period = new double[n];
        double[] cuts = new double[stretches.size() - 1];
        for (int s = 0; s < stretches.size(); s++) {
            TempoSegmenter.Stretch st = stretches.get(s);
            double bpm = stretches.size() == 1 ? global.bpm()
                    : estimator.estimate(onset, st.from(), st.to(), st.bpm() / 1.06, st.bpm() * 1.06, false).bpm();
            java.util.Arrays.fill(period, st.from(), st.to(), estimator.lag(bpm));
            if (s > 0) {
                cuts[s - 1] = st.from() / frameRate;
            }
        }
        int[] beatFrames = tracker.track(onset, period);
        if (beatFrames.length < 2) {
            return TempoAnalysis.NONE;
        }
        double[] times = new double[beatFrames.length];
        for (int i = 0; i < times.length; i++) {
            times[i] = beatFrames[i] / frameRate;
        }
        List<TempoSegment> segments = new BeatGridFitter().fit(times, cuts, durationSec);
        BeatGrid grid = BeatGrid.of(segments);
        TempoSegment main = segments.get(0);
        for (TempoSegment s : segments) {
            if (s.endSec() - s.startSec() > main.endSec() - main.startSec()) {
                main = s;
            }
        }
        TempoSegment first = segments.get(0);
        double offset = first.phaseOffsetSec() - Math.floor(first.phaseOffsetSec() / first.period()) * first.period();
        return new TempoAnalysis(main.bpm(), global.confidence(), offset, grid, beatEvents(onset, beatFrames, grid));
    }

    private List<Event> beatEvents(float[] onset, int[] frames, BeatGrid grid) {
        float strongest = 0;
        float[] strength = new float[frames.length];
        for (int i = 0; i < frames.length; i++) {
            strength[i] = BeatStrength.at(onset, frames[i]);
            strongest = Math.max(strongest, strength[i]);
        }
        List<Event> beats = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            double t = frames[i] / frameRate;
            double position = Math.rint(grid.beatPosition(t));
            beats.add(new Event(t, strongest > 0 ? strength[i] / strongest : 0, position, 0.0, -1));
        }
        return beats;
    }

    private static boolean hasSignal(float[] onset) {
        for (float v : onset) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }
}
