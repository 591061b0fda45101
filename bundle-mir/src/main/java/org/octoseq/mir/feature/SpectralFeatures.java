package org.octoseq.mir.feature;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.octoseq.mir.concurrent.Parallelism;
import org.octoseq.mir.spectral.FastLog;
import org.octoseq.mir.spectral.FrequencyRange;
import org.octoseq.mir.spectral.SpectrumTransform;
import org.octoseq.mir.spectral.Stft;

/**
 * Computes the spectral features of several frequency ranges of one signal in a single STFT pass: the
 * log-compressed spectrum and its history are computed once per frame and shared by every range. The frames
 * can be split between threads ({@link Parallelism}): each chunk first recomputes the few frames of history
 * before it, so the result does not depend on the split.
 */
public final class SpectralFeatures {

    /** Gain inside the onset log compression {@code ln(1 + GAMMA * amplitude)}. */
    static final float GAMMA = 1000f;

    /** Fewest frames worth a thread of their own (10 s at 100 frames/s). */
    private static final int MIN_CHUNK = 1000;

    private final Supplier<SpectrumTransform> transforms;
    private final Stft grid;
    private final int bins;
    private final double sampleRate;
    private final double frameRate;

    /**
     * @param transforms makes the FFT (one per thread: an FFT keeps scratch buffers)
     * @param sampleRate the audio's rate in Hz
     * @param frameRate  frames per second of every feature
     */
    public SpectralFeatures(Supplier<SpectrumTransform> transforms, double sampleRate, double frameRate) {
        this.transforms = transforms;
        this.grid = new Stft(transforms.get(), sampleRate, frameRate);
        this.bins = grid.bins();
        this.sampleRate = sampleRate;
        this.frameRate = frameRate;
    }

    /** The bins of {@code [lowHz, highHz]} in this analysis's spectrum. */
    public FrequencyRange range(double lowHz, double highHz) {
        return FrequencyRange.of(lowHz, highHz, (bins - 1) * 2, sampleRate);
    }

    /** The whole spectrum above DC. */
    public FrequencyRange fullRange() {
        return FrequencyRange.full((bins - 1) * 2, sampleRate);
    }

    /** Number of frames for {@code samples} samples. */
    public int frameCount(int samples) {
        return grid.frameCount(samples);
    }

    /** Analyses {@code x} once on the calling thread and returns the features of each range, in order. */
    public List<RangeFeatures> compute(float[] x, List<FrequencyRange> ranges) {
        return compute(x, ranges, Parallelism.SERIAL);
    }

    /** Analyses {@code x} once, its frames split over {@code parallelism}; the features of each range, in order. */
    public List<RangeFeatures> compute(float[] x, List<FrequencyRange> ranges, Parallelism parallelism) {
        int frames = grid.frameCount(x.length);
        List<RangeFeatures> out = new ArrayList<>();
        for (FrequencyRange r : ranges) {
            out.add(new RangeFeatures(r, frames, grid.parsevalFactor()));
        }
        // a window reaching past the end hears the audio stop: that cut is not an onset
        int lastWhole = grid.lastWholeFrame(x.length);
        // The frames past the last whole window first: they take the code's rare branches (a window cut by the end
        // of the audio, the onset reference of a cut window), which the JIT compiler then knows of. Taken last, each
        // of those branches stopped the compiled code near the end of a run and had it compiled again for nothing.
        int tail = Math.max(0, Math.min(frames, lastWhole + 1));
        if (tail < frames) { // else nothing is cut, and a pass would only recompute the history of no frame
            pass(x, out, tail, frames, lastWhole, grid);
        }
        // the first chunk runs on the calling thread and uses the grid's own FFT; the others make their own
        parallelism.split(tail, MIN_CHUNK, (from, to) ->
                pass(x, out, from, to, lastWhole, from == 0 ? grid : new Stft(transforms.get(), sampleRate, frameRate)));
        out.forEach(RangeFeatures::finish);
        return out;
    }

    /** Frames {@code [from, to)} of every range, after recomputing the history those frames look back on. */
    private void pass(float[] x, List<RangeFeatures> out, int from, int to, int lastWhole, Stft stft) {
        int history = RangeFeatures.ONSET_LAG + 1;
        float[][] mags = new float[history][bins];
        float[][] refs = new float[history][bins]; // frequency-max-filtered log magnitudes
        float[] log = new float[bins];
        float[] silence = new float[bins];
        stft.run(x, Math.max(0, from - RangeFeatures.ONSET_LAG), to, (i, mag) -> {
            float[] cur = mags[i % history];
            System.arraycopy(mag, 0, cur, 0, bins);
            for (int k = 0; k < bins; k++) {
                log[k] = FastLog.ln(1f + GAMMA * cur[k]);
            }
            if (i >= from) {
                float[] prev = i > 0 ? mags[(i + history - 1) % history] : silence;
                float[] ref = refs[(i + history - RangeFeatures.ONSET_LAG) % history];
                float[] onsetRef = i > lastWhole ? log : i >= RangeFeatures.ONSET_LAG ? ref : silence;
                for (RangeFeatures r : out) {
                    r.frame(i, cur, prev, log, onsetRef);
                }
            }
            maxFilter(log, refs[i % history]);
        });
    }

    /**
     * {@code out[k] = max(x[k-1], x[k], x[k+1])} (cut at the ends). Plain comparisons instead of {@link Math#max},
     * whose care for NaN and -0 costs here: log magnitudes are never negative, and finite because decoding turns
     * non-finite samples into 0.
     */
    private static void maxFilter(float[] x, float[] out) {
        int n = x.length;
        out[0] = max(x[0], x[1]);
        for (int k = 1; k < n - 1; k++) {
            out[k] = max(x[k - 1], max(x[k], x[k + 1]));
        }
        out[n - 1] = max(x[n - 2], x[n - 1]);
    }

    private static float max(float a, float b) {
        return a >= b ? a : b;
    }
}
