package org.octoseq.processing.window;

import java.util.function.LongSupplier;
import org.octoseq.api.time.Transport;

/**
 * The transport of a live show without audio playback: time advances by the real time elapsed between
 * frames (a monotonic nanosecond clock, so it never jumps with the wall clock) and stands still while paused.
 * The frame counter keeps counting while paused. Used from the frame thread only.
 */
public final class ShowClock {

    private final LongSupplier nanos;
    private long lastNanos;
    private boolean started;
    private volatile boolean paused;
    private double time;
    private long frame;

    /** @param nanos a monotonic clock in nanoseconds, e.g. {@code System::nanoTime} */
    public ShowClock(LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Advances to the next frame: dt is the real time since the previous tick (0 on the first and while paused). */
    public Transport tick() {
        long now = nanos.getAsLong();
        double dt = started && !paused ? (now - lastNanos) / 1e9 : 0.0;
        started = true;
        lastNanos = now;
        time += dt;
        return new Transport(time, dt, frame++);
    }

    public void togglePause() {
        paused = !paused;
    }

    public boolean paused() {
        return paused;
    }
}
