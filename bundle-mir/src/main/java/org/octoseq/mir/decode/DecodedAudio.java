package org.octoseq.mir.decode;

import java.nio.file.Path;

/**
 * Audio decoded to one channel of float samples at the file's own sample rate.
 *
 * @param samples    mono samples in {@code [-1, 1]} (the mean of the file's channels); never empty
 * @param sampleRate samples per second (Hz)
 * @param source     the file the samples came from
 */
public record DecodedAudio(float[] samples, float sampleRate, Path source) {

    /** Length in seconds: {@code samples.length / sampleRate}. */
    public double durationSec() {
        return samples.length / (double) sampleRate;
    }
}
