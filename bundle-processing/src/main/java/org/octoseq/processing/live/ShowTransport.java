package org.octoseq.processing.live;

import org.octoseq.api.time.Transport;

/**
 * The transport of a live show, read once per frame from a {@link Playhead}: {@code time} is the playhead
 * (minus the audio offset), never the wall clock. It behaves like a DAW: while paused dt is 0 and time stands
 * still; a seek moves time at once and that frame's dt is 0 (a jump is not elapsed time); the frame counter
 * always counts. At the end of the track it either stops there or starts again from 0.
 *
 * <p>{@link #tick()} is for the frame thread; the controls may be called from any thread.
 */
public final class ShowTransport implements AutoCloseable {

    private final Playhead playhead;
    private final double offsetSec;
    private volatile boolean loop;
    private volatile boolean jumped;
    private double lastTime;
    private long frame;

    /**
     * @param playhead  where the music is
     * @param offsetSec how long the sound takes to reach the listener after the playhead position (output
     *                  latency); the visuals are delayed by as much: {@code time = playhead - offset}
     * @param loop      start again at the end of the track instead of stopping
     */
    public ShowTransport(Playhead playhead, double offsetSec, boolean loop) {
        this.playhead = playhead;
        this.offsetSec = offsetSec;
        this.loop = loop;
    }

    /** The transport of the next frame. */
    public Transport tick() {
        double end = playhead.duration();
        if (end > 0 && playhead.playing() && playhead.position() >= end) {
            if (loop) {
                seek(0);
            } else {
                playhead.pause();
            }
        }
        boolean seeked = jumped;
        jumped = false;
        double time = Math.max(0, playhead.position() - offsetSec);
        double dt = seeked || !playhead.playing() ? 0 : Math.max(0, time - lastTime);
        lastTime = time;
        return new Transport(time, dt, frame++);
    }

    /** Pauses, or plays (from the start again when it stopped at the end of the track). */
    public void togglePause() {
        if (playhead.playing()) {
            playhead.pause();
        } else {
            double end = playhead.duration();
            if (end > 0 && playhead.position() >= end) {
                seek(0);
            }
            playhead.play();
        }
    }

    public void play() {
        playhead.play();
    }

    public void pause() {
        playhead.pause();
    }

    /** Moves the playhead to {@code seconds}. */
    public void seek(double seconds) {
        playhead.seek(seconds);
        jumped = true;
    }

    /** Moves the playhead by {@code seconds} (negative: back). */
    public void seekBy(double seconds) {
        seek(playhead.position() + seconds);
    }

    public boolean playing() {
        return playhead.playing();
    }

    public void setLoop(boolean loop) {
        this.loop = loop;
    }

    public boolean loop() {
        return loop;
    }

    public Playhead playhead() {
        return playhead;
    }

    @Override
    public void close() {
        playhead.close();
    }
}
