package org.octoseq.mir.feature;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.mir.spectral.FastLog;
import org.octoseq.mir.spectral.FrequencyRange;
import org.octoseq.mir.spectral.SpectrumTransform;
import org.octoseq.mir.spectral.Stft;

/**
 * Computes the spectral features of several frequency ranges of one signal in a single STFT pass: the
 * log-compressed spectrum and its history are computed once per frame and shared by every range.
 */
public final class SpectralFeatures {

    /** Gain inside the onset log compression {@code ln(1 + GAMMA * amplitude)}. */
    static final float GAMMA = 1000f;

    private final Stft stft;
    private final int bins;
    private final double sampleRate;

    /**
     * @param sampleRate the audio's rate in Hz
     * @param frameRate  frames per second of every feature
     */
    public SpectralFeatures(SpectrumTransform transform, double sampleRate, double frameRate) {
        this.stft = new Stft(transform, sampleRate, frameRate);
        this.bins = transform.frameSize() / 2 + 1;
        this.sampleRate = sampleRate;
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
        return stft.frameCount(samples);
    }

    /** Analyses {@code x} once and returns the features of each range, in the order given. */
    public List<RangeFeatures> compute(float[] x, List<FrequencyRange> ranges) {
        int frames = stft.frameCount(x.length);
        List<RangeFeatures> out = new ArrayList<>();
        for (FrequencyRange r : ranges) {
            out.add(new RangeFeatures(r, frames, stft.parsevalFactor()));
        }
        int history = RangeFeatures.ONSET_LAG + 1;
        float[][] mags = new float[history][bins];
        float[][] refs = new float[history][bins]; // frequency-max-filtered log magnitudes
        float[] log = new float[bins];
        // a window reaching past the end hears the audio stop: that cut is not an onset
        int lastWhole = stft.lastWholeFrame(x.length);
        stft.run(x, (i, mag) -> {
            float[] cur = mags[i % history];
            System.arraycopy(mag, 0, cur, 0, bins);
            float[] prev = mags[(i + history - 1) % history];
            float[] ref = refs[(i + history - RangeFeatures.ONSET_LAG) % history];
            for (int k = 0; k < bins; k++) {
                log[k] = FastLog.ln(1f + GAMMA * cur[k]);
            }
            float[] onsetRef = i > lastWhole ? log : i >= RangeFeatures.ONSET_LAG ? ref : zeros(bins);
            for (RangeFeatures r : out) {
                r.frame(i, cur, i > 0 ? prev : zeros(bins), log, onsetRef);
            }
            float[] mine = refs[i % history];
            for (int k = 0; k < bins; k++) {
                float m = log[k];
                if (k > 0 && log[k - 1] > m) {
                    m = log[k - 1];
                }
                if (k + 1 < bins && log[k + 1] > m) {
                    m = log[k + 1];
                }
                mine[k] = m;
            }
        });
        out.forEach(RangeFeatures::finish);
        return out;
    }

    private static float[] zeros(int n) {
        return new float[n];
    }
}
