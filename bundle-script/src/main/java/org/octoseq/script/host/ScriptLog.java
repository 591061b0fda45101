package org.octoseq.script.host;

import java.util.function.Consumer;
import org.octoseq.api.namespace.Diagnostic;
import org.octoseq.api.namespace.Diagnostic.Kind;

/**
 * The script's {@code log} global: {@code log.info|warn|error(value)}. At most {@value #PER_FRAME} messages per
 * frame; the next one gives a single "log limit exceeded" warning and the rest of the frame's logs are dropped.
 * Logs from the top level and {@code init} share the first frame's budget.
 */
public final class ScriptLog {

    public static final int PER_FRAME = 100;

    private final Consumer<Diagnostic> sink;
    private Diagnostic.Phase phase = Diagnostic.Phase.INIT;
    private int used;
    private boolean loading;

    ScriptLog(Consumer<Diagnostic> sink) {
        this.sink = sink;
    }

    /** Starts the top level and {@code init}: their logs count towards the first frame. */
    void beginLoad() {
        phase = Diagnostic.Phase.INIT;
        used = 0;
        loading = true;
    }

    void beginFrame(Diagnostic.Phase phase) {
        this.phase = phase;
        if (!loading) {
            used = 0;
        }
        loading = false;
    }

    void setPhase(Diagnostic.Phase phase) {
        this.phase = phase;
    }

    public void info(Object value) {
        emit(Kind.INFO, value);
    }

    public void warn(Object value) {
        emit(Kind.WARNING, value);
    }

    public void error(Object value) {
        emit(Kind.RUNTIME_ERROR, value);
    }

    private void emit(Kind kind, Object value) {
        used++;
        if (used == PER_FRAME + 1) {
            sink.accept(Diagnostic.of(Kind.WARNING, phase, "log limit exceeded: more than " + PER_FRAME
                    + " log calls in one frame; the rest of this frame's logs are dropped"));
        }
        if (used <= PER_FRAME) {
            sink.accept(Diagnostic.of(kind, phase, "log: " + value));
        }
    }
}
