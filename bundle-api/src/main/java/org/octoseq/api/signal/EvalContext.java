package org.octoseq.api.signal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * Everything a signal needs to compute its value for one frame: the transport, the beat grid, where inputs
 * come from, a per-frame memo (each node is computed at most once per frame) and a sink for warnings.
 *
 * <p>One context belongs to one running script and is used from one thread at a time. While a frame is
 * evaluated it is {@linkplain #callWith(Supplier) bound to the current thread}, which is how
 * {@link Signal#value()} finds it.
 */
public final class EvalContext {

    private static final ThreadLocal<EvalContext> CURRENT = new ThreadLocal<>();

    private final Consumer<String> warnings;
    private final Map<String, Double> memo = new HashMap<>();
    private final Set<String> warned = new HashSet<>();
    private InputResolver inputs = InputResolver.NONE;
    private BeatGrid beatGrid = BeatGrid.NONE;
    private Transport transport = new Transport(0, 0, 0);

    /** @param warnings receives each distinct warning once (e.g. an input whose provider went away) */
    public EvalContext(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** Starts a new frame: clears the memo and sets what the frame's signals see. */
    public void beginFrame(Transport transport, InputResolver inputs, BeatGrid beatGrid) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.beatGrid = Objects.requireNonNull(beatGrid, "beatGrid");
        memo.clear();
    }

    /** Playhead in seconds. */
    public double time() {
        return transport.time();
    }

    /** Seconds since the previous frame (0 while paused). */
    public double dt() {
        return transport.dt();
    }

    public long frame() {
        return transport.frame();
    }

    public Transport transport() {
        return transport;
    }

    public BeatGrid beatGrid() {
        return beatGrid;
    }

    /** The signal behind an input reference, or {@code null} (warned once per path) when nothing provides it. */
    Signal resolve(InputRef ref) {
        Signal s = inputs.resolve(ref);
        String missing = ref.path() + " has no data right now (its provider is missing or gone); it evaluates to 0";
        if (s == null) {
            warnOnce(missing);
        } else if (!warned.isEmpty()) {
            warned.remove(missing); // the provider is back: warn again if it goes away again
        }
        return s;
    }

    /** Reports a warning the first time it occurs in this context. */
    public void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    double memoized(Signal s) {
        Double v = memo.get(s.key());
        if (v != null) {
            return v;
        }
        double computed = s.compute(this);
        memo.put(s.key(), computed);
        return computed;
    }

    /** Runs {@code body} with this context bound to the current thread, restoring the previous binding. */
    public <T> T callWith(Supplier<T> body) {
        EvalContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The context bound to the current thread. */
    public static EvalContext current() {
        EvalContext ctx = CURRENT.get();
        if (ctx == null) {
            throw new IllegalStateException("Signal.value() is only available while a script runs (top level, init, update or draw)");
        }
        return ctx;
    }
}
