package org.octoseq.processing.live;

import ddf.minim.AudioPlayer;
import ddf.minim.Minim;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * The mixdown played through the sound device by minim; the position is minim's playhead, so the visuals follow
 * the sound, not a clock.
 *
 * <p>minim advances its position a buffer at a time (about 23 ms at 44.1 kHz), coarser than a 60 fps frame;
 * between two of its steps the position is carried on with a monotonic clock, by at most one buffer, so
 * {@code timing.time} moves smoothly and never backwards while playing.
 */
final class MinimPlayhead implements Playhead {

    static final int BUFFER_FRAMES = 1024;

    private final Minim minim;
    private final AudioPlayer player;
    private final LongSupplier nanos;
    private final String description;
    private final double bufferSec;
    private int lastMs = -1;
    private long changedAt;
    private double lastReturned;

    private MinimPlayhead(Minim minim, AudioPlayer player, LongSupplier nanos, String description) {
        this.minim = minim;
        this.player = player;
        this.nanos = nanos;
        this.description = description;
        this.bufferSec = BUFFER_FRAMES / Math.max(1f, player.getFormat().getSampleRate());
    }

    /**
     * Loads {@code audio} into a minim player on the default output device, paused at 0.
     *
     * @return {@code null} when minim cannot play the file there (it printed why)
     */
    static MinimPlayhead open(Path audio, LongSupplier nanos) {
        Minim minim = new Minim(new ShowFiles(audio.toAbsolutePath().getParent()));
        AudioPlayer player = minim.loadFile(audio.toAbsolutePath().toString(), BUFFER_FRAMES);
        if (player == null) {
            return null; // minim.stop() would throw after a failed load
        }
        String what = String.format(java.util.Locale.ROOT, "audio: %s (%.0f Hz, %d ch, minim)", audio.getFileName(),
                player.getFormat().getSampleRate(), player.getFormat().getChannels());
        return new MinimPlayhead(minim, player, nanos, what);
    }

    @Override
    public synchronized double position() {
        int ms = player.position();
        long now = nanos.getAsLong();
        if (ms != lastMs) {
            lastMs = ms;
            changedAt = now;
        }
        double t = ms / 1000.0;
        if (player.isPlaying()) {
            t = Math.max(lastReturned, t + Math.min(bufferSec, (now - changedAt) / 1e9));
        }
        double end = duration();
        lastReturned = end > 0 ? Math.min(end, t) : t;
        return lastReturned;
    }

    @Override
    public synchronized boolean playing() {
        return player.isPlaying();
    }

    @Override
    public synchronized void play() {
        if (!player.isPlaying()) {
            player.play();
        }
    }

    @Override
    public synchronized void pause() {
        if (player.isPlaying()) {
            player.pause();
            lastReturned = player.position() / 1000.0;
        }
    }

    @Override
    public synchronized void seek(double seconds) {
        int ms = (int) Math.round(Math.max(0, Math.min(duration(), seconds)) * 1000);
        player.cue(ms);
        lastMs = -1;
        lastReturned = ms / 1000.0;
    }

    @Override
    public double duration() {
        return player.length() / 1000.0;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public synchronized void close() {
        player.close();
        minim.stop();
    }

    /**
     * minim's file system handler (it calls these two methods by reflection, so they are public): file names are
     * absolute, or relative to the show folder.
     */
    public static final class ShowFiles {

        private final Path base;

        ShowFiles(Path base) {
            this.base = base;
        }

        public String sketchPath(String fileName) {
            File f = new File(fileName);
            return (f.isAbsolute() ? f : base.resolve(fileName).toFile()).getAbsolutePath();
        }

        public InputStream createInput(String fileName) {
            try {
                return new BufferedInputStream(java.nio.file.Files.newInputStream(Path.of(sketchPath(fileName))));
            } catch (IOException | RuntimeException e) {
                return null; // minim reports the file it could not open
            }
        }
    }
}
