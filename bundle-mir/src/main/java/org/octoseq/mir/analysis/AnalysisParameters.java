package org.octoseq.mir.analysis;

import java.util.Locale;

/**
 * The settings every analysis result depends on; part of the cache key.
 *
 * @param sampleRate rate (Hz) all audio is resampled to before analysis
 * @param frameRate  frames per second of every signal (frame {@code i} describes {@code i / frameRate} s)
 * @param frameSize  STFT window length in samples (a power of two)
 */
public record AnalysisParameters(int sampleRate, double frameRate, int frameSize) {

    /**
     * Bumped whenever a change to the code changes any result, so old cache entries are not reused.
     */
    public static final int CODE_VERSION = 3;

    /** 22 050 Hz, 100 frames/s (10 ms hop), 1024-sample (46 ms) Hann window: 21.5 Hz bins. */
    public static final AnalysisParameters STANDARD = new AnalysisParameters(22050, 100.0, 1024);

    /** A stable text form of these settings and {@link #CODE_VERSION}, for cache keys. */
    public String key() {
        return String.format(Locale.ROOT, "octoseq-mir v%d sr=%d fr=%.3f n=%d", CODE_VERSION, sampleRate, frameRate,
                frameSize);
    }
}
