package org.octoseq.processing.window;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import javax.swing.SwingUtilities;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import org.octoseq.processing.render.ShowFrame;
import org.octoseq.processing.live.ShowTransport;
import processing.core.PApplet;

/**
 * The show window: every frame it reads the transport (the audio playhead, or a clock), runs the script and
 * overlays the error banner. Keys: space play/pause, left/right seek 5 s, {@code r} reload the script,
 * {@code d} debug overlay, {@code q} or Esc close the window (as does closing it).
 *
 * <p>Safe inside OSGi: the renderer class is looked up through the bundle's class loader, and closing the
 * window ends only this sketch ({@link #exitActual()} never calls {@code System.exit}).
 */
public final class ShowSketch extends PApplet {

    /** Seconds a left/right arrow key moves the playhead. */
    public static final double SEEK_STEP_SEC = 5;

    private final WindowOptions options;
    private final ShowTransport transport;
    private final ScriptSession script;
    private final LongSupplier namespaceVersion;
    private final ShowFrame showFrame = new ShowFrame();
    private final FrameStats stats = new FrameStats();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean debug;
    private Transport lastTransport = new Transport(0, 0, 0);

    /**
     * @param namespaceVersion the version of the namespace snapshot the script reads, for the debug overlay
     */
    public ShowSketch(WindowOptions options, ShowTransport transport, ScriptSession script,
                      LongSupplier namespaceVersion) {
        this.options = options;
        this.transport = transport;
        this.script = script;
        this.namespaceVersion = namespaceVersion;
    }

    /** Opens the window and starts the frame loop; returns at once. */
    public void open() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // PApplet finds its renderer class through the context class loader, which in OSGi is not ours
        thread.setContextClassLoader(ShowSketch.class.getClassLoader());
        try {
            List<String> args = new ArrayList<>();
            if (options.display() > 0) {
                args.add(ARGS_DISPLAY + "=" + options.display());
            }
            args.add(options.title());
            PApplet.runSketch(args.toArray(String[]::new), this);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Blocks until the window has been closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Whether the debug overlay is showing ({@code d} toggles it). */
    public boolean debugOverlay() {
        return debug;
    }

    /** Frame timing so far (read after the window closed, or for display). */
    public FrameStats stats() {
        return stats;
    }

    @Override
    public void settings() {
        if (options.fullScreen()) {
            fullScreen(options.renderer(), Math.max(1, options.display()));
        } else {
            size(options.width(), options.height(), options.renderer());
        }
    }

    @Override
    public void setup() {
        frameRate((float) options.fps());
        surface.setTitle(options.title());
        transport.play();
    }

    @Override
    public void draw() {
        long start = System.nanoTime();
        lastTransport = transport.tick();
        showFrame.draw(script, lastTransport, g);
        if (debug) {
            DebugOverlay.draw(g, debugLines());
        }
        stats.frame(start, System.nanoTime() - start, showFrame.lastScriptNanos());
    }

    private List<String> debugLines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%.1f fps (target %.0f)   frame %.2f ms   script %.2f ms",
                stats.recentFps(), options.fps(), stats.frameMs(), stats.scriptMs()));
        lines.add(String.format(Locale.ROOT, "time %.3f s   frame %d   %s   %s", lastTransport.time(),
                lastTransport.frame(), transport.playing() ? "playing" : "paused", transport.playhead().description()));
        lines.add("namespace v" + namespaceVersion.getAsLong());
        List<Diagnostic> diagnostics = new ArrayList<>(script.diagnostics());
        diagnostics.addAll(showFrame.faults());
        lines.add(diagnostics.isEmpty() ? "no diagnostics" : "last: " + diagnostics.get(diagnostics.size() - 1));
        return lines;
    }

    @Override
    public void keyPressed() {
        if (key == CODED) {
            if (keyCode == LEFT) {
                transport.seekBy(-SEEK_STEP_SEC);
            } else if (keyCode == RIGHT) {
                transport.seekBy(SEEK_STEP_SEC);
            }
            return;
        }
        switch (Character.toLowerCase(key)) {
            case ' ' -> transport.togglePause();
            case 'r' -> script.requestReload();
            case 'd' -> debug = !debug;
            case 'q' -> exit();
            default -> {
                // Esc is handled by PApplet itself: it calls exit()
            }
        }
    }

    /** Closes the window instead of ending the JVM, which would take the whole OSGi framework with it. */
    @Override
    public void exitActual() {
        Object nativeSurface = surface == null ? null : surface.getNative();
        if (nativeSurface instanceof Component component) {
            EventQueue.invokeLater(() -> {
                Window window = SwingUtilities.getWindowAncestor(component);
                if (window != null) {
                    window.dispose();
                }
            });
        }
        closed.countDown();
    }
}
