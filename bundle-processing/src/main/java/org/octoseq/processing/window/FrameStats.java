package org.octoseq.processing.window;

import java.util.Locale;

/**
 * Timing of the show window's frames, for the debug overlay and the summary printed when the window closes:
 * frames per second (over the last second and over the whole run), and how long a frame and its script took
 * (smoothed). Times are measured with a monotonic clock; they describe the machine, never the show's time.
 */
public final class FrameStats {

    private static final double SMOOTHING = 0.1;

    private long firstNanos = -1;
    private long lastNanos;
    private long frames;
    private long windowStart;
    private long windowFrames;
    private double recentFps;
    private double frameMs;
    private double scriptMs;

    /**
     * Records one frame.
     *
     * @param startNanos   when the frame began ({@code System.nanoTime()})
     * @param frameNanos   how long the whole frame took
     * @param scriptNanos  how long the script took in it
     */
    public void frame(long startNanos, long frameNanos, long scriptNanos) {
        if (firstNanos < 0) {
            firstNanos = startNanos;
            windowStart = startNanos;
        }
        lastNanos = startNanos;
        frames++;
        windowFrames++;
        if (startNanos - windowStart >= 1_000_000_000L) {
            recentFps = (windowFrames - 1) * 1e9 / (startNanos - windowStart);
            windowStart = startNanos;
            windowFrames = 1;
        }
        frameMs = smooth(frameMs, frameNanos / 1e6);
        scriptMs = smooth(scriptMs, scriptNanos / 1e6);
    }

    private double smooth(double old, double now) {
        return frames == 1 ? now : old + SMOOTHING * (now - old);
    }

    public long frames() {
        return frames;
    }

    /** Seconds from the first frame to the last. */
    public double seconds() {
        return frames < 2 ? 0 : (lastNanos - firstNanos) / 1e9;
    }

    /** Frames per second over the whole run. */
    public double averageFps() {
        return frames < 2 ? 0 : (frames - 1) / seconds();
    }

    /** Frames per second over the last full second. */
    public double recentFps() {
        return recentFps;
    }

    public double frameMs() {
        return frameMs;
    }

    public double scriptMs() {
        return scriptMs;
    }

    /** E.g. {@code "played 180 frames in 3.00 s: 59.8 fps (target 60), frame 1.52 ms, script 0.31 ms"}. */
    public String summary(double targetFps) {
        return String.format(Locale.ROOT, "played %d frames in %.2f s: %.1f fps (target %s), frame %.2f ms, script %.2f ms",
                frames, seconds(), averageFps(), targetFps == Math.rint(targetFps) ? Long.toString((long) targetFps)
                        : Double.toString(targetFps), frameMs, scriptMs);
    }
}
