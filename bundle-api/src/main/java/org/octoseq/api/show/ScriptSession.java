package org.octoseq.api.show;

import java.util.List;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.time.Transport;
import org.osgi.annotation.versioning.ProviderType;

/** One loaded script, driven frame by frame by a renderer. Used from one thread at a time. */
@ProviderType
public interface ScriptSession extends AutoCloseable {

    /**
     * Runs one frame: binds the namespace snapshot, calls {@code update(dt, frame)} and then, when
     * {@code graphics} is not {@code null}, {@code draw(g)}. Errors in the script are recorded as diagnostics;
     * this method does not throw because of them.
     *
     * @param graphics the Processing {@code PGraphics} to draw on, between its {@code beginDraw()} and
     *                 {@code endDraw()}, or {@code null} to skip {@code draw}
     */
    void frame(Transport transport, Object graphics);

    /** Everything reported so far (errors, warnings, log lines), merged with repeat counts, most recent last. */
    List<Diagnostic> diagnostics();

    /**
     * Loads the script file again, as a save of the file does: off the frame thread where the host can, the new
     * version replacing the running one at the start of a later frame only if its top level and {@code init}
     * succeed. When it fails the running version goes on and the errors are the newest {@link #diagnostics()}.
     * {@code ctx.state} carries over. Returns at once.
     */
    void requestReload();

    /** Whether the script loaded and has not failed since. */
    boolean healthy();

    @Override
    void close();
}
