package org.octoseq.mir.spectral;

/**
 * Short-time Fourier analysis on the feature frame grid: frame {@code i} is centred on sample
 * {@code round(i * sampleRate / frameRate)} (so it describes the audio around {@code i / frameRate} seconds),
 * Hann-windowed, {@link SpectrumTransform#frameSize()} samples long. Beyond either end the audio is taken to
 * hold its first or last sample's value, so a DC offset does not make a step (a false onset) at the ends.
 *
 * <p>Magnitudes handed to the {@link FrameListener} are scaled to amplitude: a sine of amplitude {@code A}
 * centred on a bin gives {@code A} in that bin. One instance per thread.
 */
public final class Stft {

    /** Receives each frame's magnitude spectrum, in frame order. */
    @FunctionalInterface
    public interface FrameListener {
        /**
         * @param frame     the frame index
         * @param magnitude amplitude per bin {@code 0 .. N/2}; valid only during the call
         */
        void frame(int frame, float[] magnitude);
    }

    private final SpectrumTransform transform;
    private final double sampleRate;
    private final double frameRate;
    private final float[] window;
    /** The window times the amplitude scale, so magnitudes come out scaled (the transform is linear). */
    private final float[] scaledWindow;

    /**
     * @param sampleRate the audio's sample rate in Hz
     * @param frameRate  frames per second
     */
    public Stft(SpectrumTransform transform, double sampleRate, double frameRate) {
        this.transform = transform;
        this.sampleRate = sampleRate;
        this.frameRate = frameRate;
        int n = transform.frameSize();
        this.window = new float[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
            sum += window[i];
        }
        float scale = (float) (2.0 / sum);
        this.scaledWindow = new float[n];
        for (int i = 0; i < n; i++) {
            scaledWindow[i] = window[i] * scale;
        }
    }

    /** Number of magnitude bins per frame: {@code N/2 + 1}. */
    public int bins() {
        return transform.frameSize() / 2 + 1;
    }

    /** Number of frames covering {@code samples} samples: {@code ceil(samples * frameRate / sampleRate)}. */
    public int frameCount(int samples) {
        return (int) Math.ceil(samples * frameRate / sampleRate - 1e-9);
    }

    /** The last frame whose window ends within {@code samples} samples (-1 when none does). */
    public int lastWholeFrame(int samples) {
        int n = transform.frameSize();
        int i = frameCount(samples);
        while (i >= 0 && (int) Math.round(i * sampleRate / frameRate) - n / 2 + n > samples) {
            i--;
        }
        return i;
    }

    /** Runs frames {@code 0 .. frameCount(x.length) - 1} over {@code x}. */
    public void run(float[] x, FrameListener listener) {
        run(x, 0, frameCount(x.length), listener);
    }

    /** Runs frames {@code from .. to - 1} over {@code x}. */
    public void run(float[] x, int from, int to, FrameListener listener) {
        int n = transform.frameSize();
        float[] buf = new float[n];
        float[] mag = new float[n / 2 + 1];
        for (int i = from; i < to; i++) {
            int start = (int) Math.round(i * sampleRate / frameRate) - n / 2;
            if (start >= 0 && start + n <= x.length) {
                for (int k = 0; k < n; k++) {
                    buf[k] = x[start + k] * scaledWindow[k];
                }
            } else {
                for (int k = 0; k < n; k++) {
                    int s = start + k;
                    float v = x.length == 0 ? 0f : x[Math.max(0, Math.min(x.length - 1, s))];
                    buf[k] = v * scaledWindow[k];
                }
            }
            transform.magnitudes(buf, mag);
            listener.frame(i, mag);
        }
    }

    /** The energy factor {@code c} with {@code meanSquare = c * sum(magnitude^2)} over one-sided bins. */
    public double parsevalFactor() {
        double sum = 0;
        double sumSq = 0;
        for (float w : window) {
            sum += w;
            sumSq += (double) w * w;
        }
        return sum * sum / (2.0 * window.length * sumSq);
    }
}
