package org.octoseq.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptHost;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import processing.awt.PGraphicsJava2D;
import processing.core.PApplet;

/**
 * A script running in the real runtime the way a show runs it: loaded through the {@link ScriptHost} service
 * (so its file is watched), driven frame by frame at 60 fps with a real offscreen Processing graphics for
 * {@code draw(g)}, and edited on disk the way editors save. What the script does is read back from its
 * {@code log} lines (the newest diagnostics) and from the pixels it drew.
 */
final class LiveScript implements AutoCloseable {

    static final long TIMEOUT_NANOS = 15_000_000_000L;

    final Path file;
    final ScriptSession session;
    final PGraphicsJava2D g = new PGraphicsJava2D();
    private long frame;

    LiveScript(ScriptHost host, Path file, String source) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        g.setParent(new PApplet());
        g.setPrimary(false);
        g.setSize(64, 36);
        session = host.load(file);
    }

    /** Saves the file the way editors do: written beside it, then renamed over it. */
    void save(String source) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, source);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Runs one frame (update, then draw on the graphics) and returns its wall time in milliseconds. */
    double frame() {
        long t0 = System.nanoTime();
        g.beginDraw();
        try {
            session.frame(Transport.ofFrame(frame++, 60), g);
        } finally {
            g.endDraw();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Frames run so far. */
    long frames() {
        return frame;
    }

    /**
     * Runs frames (about one per millisecond) until {@code done} holds after one, failing after
     * {@value #TIMEOUT_NANOS} ns.
     */
    void framesUntil(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        do {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not happen; diagnostics: " + session.diagnostics());
            }
            Thread.sleep(1);
            frame();
        } while (!done.getAsBoolean());
    }

    /** The newest {@code log.*} line starting with {@code prefix}, without the "log: " tag. */
    Optional<String> lastLog(String prefix) {
        List<Diagnostic> all = session.diagnostics();
        for (int i = all.size() - 1; i >= 0; i--) {
            String m = all.get(i).message();
            if (m.startsWith("log: " + prefix)) {
                return Optional.of(m.substring("log: ".length()));
            }
        }
        return Optional.empty();
    }

    /** The newest error: what the show's banner shows. */
    Optional<Diagnostic> newestError() {
        List<Diagnostic> all = session.diagnostics();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isError()) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    /** The colour of the centre pixel of the last frame, as {@code 0xRRGGBB}. */
    int centrePixel() {
        g.loadPixels();
        return g.pixels[g.height / 2 * g.width + g.width / 2] & 0xffffff;
    }

    @Override
    public void close() {
        session.close();
    }
}
