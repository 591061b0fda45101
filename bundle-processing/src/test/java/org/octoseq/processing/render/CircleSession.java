package org.octoseq.processing.render;

import java.util.ArrayList;
import java.util.List;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.show.ScriptSession;
import org.octoseq.api.time.Transport;
import processing.core.PGraphics;

/** A script stand-in: a white circle in the middle whose radius grows with the transport time. */
public final class CircleSession implements ScriptSession {

    public final List<Transport> seen = new ArrayList<>();
    public final List<Diagnostic> diagnostics = new ArrayList<>();
    public long throwOnFrame = -1;
    public boolean closed;
    public int reloadRequests;

    /** Radius in pixels at {@code time} seconds. */
    public static float radius(double time) {
        return 4 + (float) time * 10;
    }

    @Override
    public void frame(Transport transport, Object graphics) {
        seen.add(transport);
        if (transport.frame() == throwOnFrame) {
            throw new IllegalStateException("boom in frame " + transport.frame());
        }
        PGraphics g = (PGraphics) graphics;
        g.noStroke();
        g.fill(255);
        float d = 2 * radius(transport.time());
        g.ellipse(g.width / 2f, g.height / 2f, d, d);
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public void requestReload() {
        reloadRequests++;
    }

    @Override
    public boolean healthy() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    @Override
    public void close() {
        closed = true;
    }
}
