package org.octoseq.processing.live;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays decoded PCM through a JavaSound {@link SourceDataLine}; the position is what the line reports as
 * played ({@link SourceDataLine#getLongFramePosition()}), so the visuals follow the sound, not a clock.
 *
 * <p>A daemon thread feeds the line in small chunks, never blocking while it holds the lock, so seeking and
 * pausing take effect within a few milliseconds.
 */
final class LinePlayhead implements Playhead {

    private static final int CHUNK_FRAMES = 1024;

    private final byte[] pcm;
    private final AudioFormat format;
    private final SourceDataLine line;
    private final String description;
    private final int frameSize;
    private final long totalFrames;
    private final Object lock = new Object();
    private final Thread feeder;
    /** Frame of {@link #pcm} that was playing when the line's counter read {@link #lineBase}. */
    private long startFrame;
    private long lineBase;
    private long feedFrame;
    private boolean playing;
    private boolean closed;

    /**
     * @param pcm    signed 16-bit little-endian PCM in {@code format}
     * @param line   an opened line for {@code format}
     */
    LinePlayhead(byte[] pcm, AudioFormat format, SourceDataLine line, String description) {
        this.pcm = pcm;
        this.format = format;
        this.line = line;
        this.description = description;
        this.frameSize = format.getFrameSize();
        this.totalFrames = pcm.length / frameSize;
        this.lineBase = line.getLongFramePosition();
        this.feeder = new Thread(this::feed, "octoseq-audio");
        feeder.setDaemon(true);
        feeder.start();
    }

    /** Opens a line for {@code format} on the default mixer. */
    static SourceDataLine openLine(AudioFormat format) throws LineUnavailableException {
        SourceDataLine line = javax.sound.sampled.AudioSystem.getSourceDataLine(format);
        line.open(format, (int) (format.getFrameRate() / 10) * format.getFrameSize()); // ~100 ms buffer
        return line;
    }

    @Override
    public double position() {
        synchronized (lock) {
            long played = line.getLongFramePosition() - lineBase;
            long frame = Math.min(totalFrames, startFrame + Math.max(0, played));
            return frame / format.getFrameRate();
        }
    }

    @Override
    public boolean playing() {
        synchronized (lock) {
            return playing;
        }
    }

    @Override
    public void play() {
        synchronized (lock) {
            if (!playing && !closed) {
                playing = true;
                line.start();
                lock.notifyAll();
            }
        }
    }

    @Override
    public void pause() {
        synchronized (lock) {
            if (playing) {
                playing = false;
                line.stop();
            }
        }
    }

    @Override
    public void seek(double seconds) {
        synchronized (lock) {
            line.stop();
            line.flush();
            long frame = Math.max(0, Math.min(totalFrames, Math.round(seconds * format.getFrameRate())));
            startFrame = frame;
            feedFrame = frame;
            lineBase = line.getLongFramePosition();
            if (playing) {
                line.start();
            }
            lock.notifyAll();
        }
    }

    @Override
    public double duration() {
        return totalFrames / format.getFrameRate();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            playing = false;
            lock.notifyAll();
        }
        try {
            feeder.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        line.stop();
        line.flush();
        line.close();
    }

    private void feed() {
        while (true) {
            synchronized (lock) {
                try {
                    while (!closed && (!playing || feedFrame >= totalFrames)) {
                        lock.wait(50);
                    }
                    if (closed) {
                        return;
                    }
                    int frames = (int) Math.min(Math.min(CHUNK_FRAMES, line.available() / frameSize),
                            totalFrames - feedFrame);
                    if (frames > 0) {
                        // available() bytes can be written without blocking, so the lock is held only briefly
                        line.write(pcm, (int) (feedFrame * frameSize), frames * frameSize);
                        feedFrame += frames;
                        continue;
                    }
                    lock.wait(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
