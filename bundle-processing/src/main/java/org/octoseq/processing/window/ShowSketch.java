package org.octoseq.processing.window;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.Window;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.processing.render.ShowFrame;
import processing.core.PApplet;

/**
 * The show window: a JAVA2D sketch that runs the script every frame on a {@link ShowClock} and overlays the
 * error banner. Space pauses and resumes, {@code q} or Esc closes it, as does closing the window.
 *
 * <p>Safe inside OSGi: the renderer class is looked up through the bundle's class loader, and closing the
 * window ends only this sketch ({@link #exitActual()} never calls {@code System.exit}).
 */
public final class ShowSketch extends PApplet {

    private final ScriptSession session;
    private final int showWidth;
    private final int showHeight;
    private final double fps;
    private final String title;
    private final ShowClock clock = new ShowClock(System::nanoTime);
    private final ShowFrame showFrame = new ShowFrame();
    private final CountDownLatch closed = new CountDownLatch(1);

    public ShowSketch(ScriptSession session, int width, int height, double fps, String title) {
        this.session = session;
        this.showWidth = width;
        this.showHeight = height;
        this.fps = fps;
        this.title = title;
    }

    /** Opens the window and starts the frame loop; returns at once. */
    public void open() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // PApplet finds its renderer class through the context class loader, which in OSGi is not ours
        thread.setContextClassLoader(ShowSketch.class.getClassLoader());
        try {
            PApplet.runSketch(new String[] {title}, this);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Blocks until the window has been closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    @Override
    public void settings() {
        size(showWidth, showHeight, JAVA2D);
    }

    @Override
    public void setup() {
        frameRate((float) fps);
        surface.setTitle(title);
    }

    @Override
    public void draw() {
        showFrame.draw(session, clock.tick(), g);
    }

    @Override
    public void keyPressed() {
        if (key == ' ') {
            clock.togglePause();
        } else if (key == 'q' || key == 'Q') {
            exit();
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
