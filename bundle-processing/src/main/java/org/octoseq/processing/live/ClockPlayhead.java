package org.octoseq.processing.live;

import java.util.function.LongSupplier;

/**
 * A silent playhead: it advances with a monotonic nanosecond clock (never the wall clock, so it does not jump
 * when the system time is set) and stands still while paused. Used when there is no sound device, or no audio
 * that can be played.
 */
public final class ClockPlayhead implements Playhead {

    private final LongSupplier nanos;
    private final double duration;
    private double base;
    private long startedAt;
    private boolean playing;

    /**
     * @param nanos    a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
     * @param duration length of the track in seconds (positions are clamped to it), or 0 when unknown
     */
    public ClockPlayhead(LongSupplier nanos, double duration) {
        this.nanos = nanos;
        this.duration = Math.max(0, duration);
    }

    @Override
    public synchronized double position() {
        double t = playing ? base + (nanos.getAsLong() - startedAt) / 1e9 : base;
        return clamp(t);
    }

    @Override
    public synchronized boolean playing() {
        return playing;
    }

    @Override
    public synchronized void play() {
        if (!playing) {
            startedAt = nanos.getAsLong();
            playing = true;
        }
    }

    @Override
    public synchronized void pause() {
        if (playing) {
            base = position();
            playing = false;
        }
    }

    @Override
    public synchronized void seek(double seconds) {
        base = clamp(seconds);
        startedAt = nanos.getAsLong();
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public String description() {
        return "clock (silent)";
    }

    @Override
    public synchronized void close() {
        pause();
    }

    private double clamp(double t) {
        double positive = Math.max(0, t);
        return duration > 0 ? Math.min(duration, positive) : positive;
    }
}
