package org.octoseq.processing.render;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import processing.core.PGraphics;

/**
 * Draws one frame of a show: clears to black, runs the script, and overlays the {@link ErrorBanner}. The same
 * steps serve the window and the offline renderer.
 *
 * <p>The show never stops because of the script: {@link ScriptSession#frame} already records script errors,
 * and anything it throws anyway is caught here, kept as a {@code HOST_ERROR} diagnostic with a repeat count,
 * and the frame is still finished. Used from one thread at a time.
 */
public final class ShowFrame {

    private final List<Diagnostic> faults = new ArrayList<>();
    private long scriptNanos;

    /** Draws the frame at {@code transport}; call between {@code g.beginDraw()} and {@code g.endDraw()}. */
    public void draw(ScriptSession session, Transport transport, PGraphics g) {
        draw(session, transport, g, List.of());
    }

    /**
     * As {@link #draw(ScriptSession, Transport, PGraphics)}, with errors the host knows besides the session's
     * (e.g. of a reload that failed while this session keeps running) also eligible for the banner.
     */
    public void draw(ScriptSession session, Transport transport, PGraphics g, List<Diagnostic> hostErrors) {
        g.background(0);
        long start = System.nanoTime();
        try {
            session.frame(transport, g);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            record(e);
        } finally {
            scriptNanos = System.nanoTime() - start;
        }
        try {
            List<Diagnostic> all = diagnostics(session);
            all.addAll(hostErrors);
            ErrorBanner.newestError(all).ifPresent(error -> ErrorBanner.draw(g, error));
        } catch (RuntimeException e) {
            // the script left the graphics unusable (e.g. a full style stack); the next frame starts afresh
            record(e);
        }
    }

    /** What the host caught that the session did not report itself, oldest first. */
    public List<Diagnostic> faults() {
        return List.copyOf(faults);
    }

    /** How long the script took in the last frame, in nanoseconds (a measurement, never show time). */
    public long lastScriptNanos() {
        return scriptNanos;
    }

    private List<Diagnostic> diagnostics(ScriptSession session) {
        List<Diagnostic> all = new ArrayList<>(session.diagnostics());
        all.addAll(faults);
        return all;
    }

    private void record(Throwable e) {
        Diagnostic fault = Diagnostic.of(Diagnostic.Kind.HOST_ERROR, Diagnostic.Phase.DRAW, String.valueOf(e));
        for (int i = 0; i < faults.size(); i++) {
            Diagnostic seen = faults.get(i);
            if (seen.message().equals(fault.message())) {
                faults.remove(i);
                faults.add(seen.repeated());
                return;
            }
        }
        faults.add(fault);
    }
}
