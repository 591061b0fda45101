package org.octoseq.processing.live;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.spi.MixerProvider;

/**
 * A sound device for tests on machines without one: a JavaSound mixer whose output lines accept any PCM format,
 * throw the sound away and consume it at exactly real time (a write blocks while the line's buffer is full), so
 * minim plays a file the way it would through a sound card. Visible only while {@link #enabled} is set; the
 * JDK asks the providers afresh on every lookup.
 */
public final class NullMixerProvider extends MixerProvider {

    /** Whether the device exists right now. */
    public static volatile boolean enabled;

    static final Mixer.Info INFO = new Mixer.Info("octoseq null mixer", "octoseq tests", "discards sound in real time",
            "1") {
    };
    private static final NullMixer MIXER = new NullMixer();

    @Override
    public Mixer.Info[] getMixerInfo() {
        return enabled ? new Mixer.Info[] {INFO} : new Mixer.Info[0];
    }

    @Override
    public Mixer getMixer(Mixer.Info info) {
        if (enabled && (info == null || info.equals(INFO))) {
            return MIXER;
        }
        throw new IllegalArgumentException("no such mixer: " + info);
    }

    /** What a line without controls or listeners answers. */
    private abstract static class PlainLine implements Line {

        @Override
        public Control[] getControls() {
            return new Control[0];
        }

        @Override
        public boolean isControlSupported(Control.Type control) {
            return false;
        }

        @Override
        public Control getControl(Control.Type control) {
            throw new IllegalArgumentException("no controls");
        }

        @Override
        public void addLineListener(LineListener listener) {
        }

        @Override
        public void removeLineListener(LineListener listener) {
        }
    }

    private static final class NullMixer extends PlainLine implements Mixer {

        private static final Line.Info LINE = new DataLine.Info(SourceDataLine.class, new AudioFormat[] {
                new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, AudioSystem.NOT_SPECIFIED, 16, AudioSystem.NOT_SPECIFIED,
                        AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, false),
                new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, AudioSystem.NOT_SPECIFIED, 16, AudioSystem.NOT_SPECIFIED,
                        AudioSystem.NOT_SPECIFIED, AudioSystem.NOT_SPECIFIED, true)}, 32, AudioSystem.NOT_SPECIFIED);

        @Override
        public Mixer.Info getMixerInfo() {
            return INFO;
        }

        @Override
        public Line.Info[] getSourceLineInfo() {
            return new Line.Info[] {LINE};
        }

        @Override
        public Line.Info[] getTargetLineInfo() {
            return new Line.Info[0];
        }

        @Override
        public Line.Info[] getSourceLineInfo(Line.Info info) {
            return isLineSupported(info) ? new Line.Info[] {LINE} : new Line.Info[0];
        }

        @Override
        public Line.Info[] getTargetLineInfo(Line.Info info) {
            return new Line.Info[0];
        }

        @Override
        public boolean isLineSupported(Line.Info info) {
            return SourceDataLine.class.isAssignableFrom(info.getLineClass())
                    || info.getLineClass().equals(DataLine.class) || info.getLineClass().equals(Line.class);
        }

        @Override
        public Line getLine(Line.Info info) throws LineUnavailableException {
            if (!isLineSupported(info)) {
                throw new LineUnavailableException("the null mixer has output lines only");
            }
            return new NullLine();
        }

        @Override
        public int getMaxLines(Line.Info info) {
            return AudioSystem.NOT_SPECIFIED;
        }

        @Override
        public Line[] getSourceLines() {
            return new Line[0];
        }

        @Override
        public Line[] getTargetLines() {
            return new Line[0];
        }

        @Override
        public void synchronize(Line[] lines, boolean maintainSync) {
            throw new IllegalArgumentException("not supported");
        }

        @Override
        public void unsynchronize(Line[] lines) {
        }

        @Override
        public boolean isSynchronizationSupported(Line[] lines, boolean maintainSync) {
            return false;
        }

        @Override
        public Line.Info getLineInfo() {
            return new Line.Info(Mixer.class);
        }

        @Override
        public void open() {
        }

        @Override
        public void close() {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

    }

    /** An output line that consumes frames at the format's rate while started. */
    private static final class NullLine extends PlainLine implements SourceDataLine {

        private AudioFormat format;
        private int bufferBytes;
        private boolean open;
        private boolean running;
        private long written;
        private long consumedBase;
        private long startedAt;

        @Override
        public synchronized void open(AudioFormat format, int bufferSize) {
            this.format = format;
            int frameSize = Math.max(1, format.getFrameSize());
            this.bufferBytes = Math.max(frameSize * 256, bufferSize - bufferSize % frameSize);
            open = true;
        }

        @Override
        public void open(AudioFormat format) {
            open(format, (int) (format.getFrameRate() / 10) * Math.max(1, format.getFrameSize()));
        }

        @Override
        public void open() {
            throw new IllegalStateException("open(AudioFormat) first");
        }

        /** Frames the "speaker" has taken so far. */
        private long consumed() {
            long byClock = consumedBase + (running ? (long) ((System.nanoTime() - startedAt) / 1e9 * format.getFrameRate()) : 0);
            return Math.min(written, byClock);
        }

        @Override
        public int write(byte[] b, int off, int len) {
            int frameSize = format.getFrameSize();
            int done = 0;
            while (done < len) {
                synchronized (this) {
                    if (!open) {
                        return done;
                    }
                    int free = bufferBytes - (int) ((written - consumed()) * frameSize);
                    int chunk = Math.min(len - done, free - free % frameSize);
                    if (chunk > 0) {
                        written += chunk / frameSize;
                        done += chunk;
                        continue;
                    }
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return done;
                }
            }
            return done;
        }

        @Override
        public synchronized void drain() {
        }

        @Override
        public synchronized void flush() {
            long c = consumed();
            written = c;
            consumedBase = c;
            startedAt = System.nanoTime();
        }

        @Override
        public synchronized void start() {
            if (!running) {
                startedAt = System.nanoTime();
                running = true;
            }
        }

        @Override
        public synchronized void stop() {
            if (running) {
                consumedBase = consumed();
                running = false;
            }
        }

        @Override
        public synchronized boolean isRunning() {
            return running;
        }

        @Override
        public synchronized boolean isActive() {
            return running;
        }

        @Override
        public synchronized AudioFormat getFormat() {
            return format;
        }

        @Override
        public synchronized int getBufferSize() {
            return bufferBytes;
        }

        @Override
        public synchronized int available() {
            return bufferBytes - (int) ((written - consumed()) * format.getFrameSize());
        }

        @Override
        public int getFramePosition() {
            return (int) getLongFramePosition();
        }

        @Override
        public synchronized long getLongFramePosition() {
            return consumed();
        }

        @Override
        public synchronized long getMicrosecondPosition() {
            return (long) (consumed() / format.getFrameRate() * 1e6);
        }

        @Override
        public float getLevel() {
            return AudioSystem.NOT_SPECIFIED;
        }

        @Override
        public Line.Info getLineInfo() {
            return NullMixer.LINE;
        }

        @Override
        public synchronized void close() {
            open = false;
            running = false;
        }

        @Override
        public synchronized boolean isOpen() {
            return open;
        }

    }
}
