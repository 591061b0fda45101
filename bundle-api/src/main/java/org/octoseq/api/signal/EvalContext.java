package org.octoseq.api.signal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.octoseq.api.time.BeatGrid;
import org.octoseq.api.time.Transport;

/**
 * Everything a signal needs to compute its value for one frame: the transport, the beat grid, where inputs
 * come from, a per-frame memo (each node is computed at most once per frame), the per-node state of stateful
 * operators, whole-track statistics and a sink for warnings.
 *
 * <p>Memo and state are keyed by the node's structural {@link Signal#key()}, so a chain rebuilt every frame
 * (inside {@code update()}) behaves exactly like the same chain built once. State of a node not evaluated for
 * {@value #STATE_TTL_FRAMES} frames is dropped.
 *
 * <p>One context belongs to one running script and is used from one thread at a time. While a frame is
 * evaluated it is {@linkplain #callWith(Supplier) bound to the current thread}, which is how
 * {@link Signal#value()} finds it.
 */
public final class EvalContext {

    /** Frames after which the state of a node that is no longer evaluated is dropped. */
    public static final int STATE_TTL_FRAMES = 600;

    private static final int SWEEP_EVERY = 64;
    private static final ThreadLocal<EvalContext> CURRENT = new ThreadLocal<>();
    private static final AtomicLong INPUTS_STAMPS = new AtomicLong();

    private final Consumer<String> warnings;
    private final Set<String> warned;
    private final TrackCache trackCache;
    private final boolean pass;
    private final Map<String, Slot> slots = new HashMap<>();
    private final Set<InputRef> missingInputs = new HashSet<>();
    private InputResolver inputs = InputResolver.NONE;
    /** Names this context's current resolver among all contexts' (see {@link #inputsStamp()}). */
    private long inputsStamp;
    private BeatGrid beatGrid = BeatGrid.NONE;
    private Transport transport = new Transport(0, 0, 0);
    // the transport's time and dt, read by nearly every node: one load instead of two
    private double time;
    private double dt;
    private long serial;
    private double frameBpm = Double.NaN;
    private double trackDuration = Double.NaN;
    private ProbeListener probes;

    /** @param warnings receives each distinct warning once (e.g. an input whose provider went away) */
    public EvalContext(Consumer<String> warnings) {
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.warned = new HashSet<>();
        this.trackCache = new TrackCache();
        this.pass = false;
        this.inputsStamp = INPUTS_STAMPS.incrementAndGet();
    }

    /** A scratch context (statistics pass, {@code sample_at}) sharing warnings, inputs and whole-track caches. */
    private EvalContext(EvalContext parent) {
        this.warnings = parent.warnings;
        this.warned = parent.warned;
        this.trackCache = parent.trackCache;
        this.pass = true;
        this.inputs = parent.inputs;
        this.inputsStamp = parent.inputsStamp;
        this.beatGrid = parent.beatGrid;
        this.trackDuration = parent.trackDuration;
    }

    /** Starts a new frame: invalidates the memo and sets what the frame's signals see. */
    public void beginFrame(Transport transport, InputResolver inputs, BeatGrid beatGrid) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.time = transport.time();
        this.dt = transport.dt();
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(beatGrid, "beatGrid");
        if (inputs != this.inputs || beatGrid != this.beatGrid) {
            trackCache.clear(); // whole-track results depend on the data and the grid
        }
        if (inputs != this.inputs) {
            inputsStamp = INPUTS_STAMPS.incrementAndGet();
        }
        this.inputs = inputs;
        this.beatGrid = beatGrid;
        this.frameBpm = Double.NaN;
        serial++;
        if (serial % SWEEP_EVERY == 0) {
            sweep();
        }
    }

    private void sweep() {
        long limit = serial - STATE_TTL_FRAMES;
        for (Iterator<Slot> it = slots.values().iterator(); it.hasNext(); ) {
            Slot s = it.next();
            if (s.epoch < limit && s.used < limit) {
                s.evicted = true;
                s.state = null; // a node may still point at its old slot: the state (and what it holds) goes now
                it.remove();
            }
        }
        if (!pass) {
            trackCache.advance(serial, STATE_TTL_FRAMES);
        }
    }

    /**
     * Sets the length of the track in seconds, used by whole-track operations (normalisation statistics,
     * Gaussian smoothing, {@code anticipate}, {@code sample_at}, event extraction, {@code *_to_next}). Without
     * it the inputs' {@link InputResolver#trackDuration()} is used, else the longest sampled input a signal reads. Clears cached whole-track results when it changes.
     */
    public void setTrackDuration(double seconds) {
        if (Double.compare(seconds, trackDuration) != 0) {
            trackCache.clear();
        }
        this.trackDuration = seconds;
    }

    /** The duration given to {@link #setTrackDuration}, or {@code NaN}. */
    public double trackDuration() {
        return trackDuration;
    }

    /** Installs (or with {@code null} removes) the listener that {@code probe(name)} nodes report to. */
    public void setProbeListener(ProbeListener listener) {
        this.probes = listener;
    }

    /** Playhead in seconds. */
    public double time() {
        return time;
    }

    /** Seconds since the previous frame (0 while paused). */
    public double dt() {
        return dt;
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

    InputResolver inputs() {
        return inputs;
    }

    /**
     * A number that stands for this context reading its current {@link #inputs()}: new whenever the resolver changes,
     * and never the same for two contexts (unless one is the other's scratch, reading the same resolver). Inputs
     * remember a resolution under it instead of holding on to the resolver.
     */
    long inputsStamp() {
        return inputsStamp;
    }

    /** Tempo at the current time in BPM (looked up once per frame). */
    double bpm() {
        double b = frameBpm;
        if (Double.isNaN(b)) {
            b = beatGrid.bpm(transport.time());
            frameBpm = b;
        }
        return b;
    }

    /** A duration in beats converted to seconds with the tempo at the current time. */
    double beatsToSeconds(double beats) {
        return beats * 60.0 / bpm();
    }

    /** Whether this is a private whole-track pass rather than the script's own frames. */
    boolean isPass() {
        return pass;
    }

    /** A fresh context for a whole-track pass or a one-off evaluation, sharing this one's caches. */
    EvalContext scratch() {
        return new EvalContext(this);
    }

    TrackCache trackCache() {
        return trackCache;
    }

    /** The duration that whole-track operations on {@code s} use: the set duration, or the longest input. */
    double trackDurationFor(Signal s) {
        if (trackDuration > 0) {
            return trackDuration;
        }
        double fromInputs = inputs.trackDuration();
        if (fromInputs > 0) {
            return fromInputs;
        }
        double d = s.durationHint(this, new HashSet<>());
        return d > 0 ? d : Double.NaN;
    }

    void probe(String name, double value) {
        if (probes != null && !pass) {
            probes.record(name, transport.time(), value);
        }
    }

    /** The signal behind an input reference, or {@code null} (warned once per path) when nothing provides it. */
    Signal resolve(InputRef ref) {
        Signal s = inputs.resolve(ref);
        if (s == null) {
            if (missingInputs.add(ref)) {
                warnOnce(missing(ref));
            }
        } else if (!missingInputs.isEmpty() && missingInputs.remove(ref)) {
            warned.remove(missing(ref)); // the provider is back: warn again if it goes away again
        }
        return s;
    }

    private static String missing(InputRef ref) {
        return ref.path() + " has no data right now (its provider is missing or gone); it evaluates to 0";
    }

    /** Reports a warning the first time it occurs in this context. */
    public void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    /** The slot of {@code s}, created on first use. */
    Slot slot(Signal s) {
        Slot c = s.cachedSlot;
        if (c != null && c.owner == this && !c.evicted) {
            return c;
        }
        return lookUpSlot(s);
    }

    /**
     * {@link #slot} past the node's cached slot, apart so that the JIT compiler inlines the check above into every
     * node (with the map operations it compiled too big to inline).
     */
    private Slot lookUpSlot(Signal s) {
        Slot c = slots.get(s.key());
        if (c == null) {
            c = new Slot(this, s.key());
            slots.put(s.key(), c);
        }
        s.cachedSlot = c;
        return c;
    }

    /** The slot of {@code s}, a node read without the memo, kept as long as it is used (like a memoised one). */
    Slot usedSlot(Signal s) {
        Slot slot = slot(s);
        slot.used = serial;
        return slot;
    }

    double memoized(Signal s) {
        Slot slot = slot(s);
        if (slot.epoch == serial) {
            return slot.value;
        }
        double v = s.computeIn(this, slot);
        slot.value = v;
        slot.epoch = serial;
        return v;
    }

    /** Number of nodes with a memo or state entry (for tests and diagnostics). */
    int stateSize() {
        return slots.size();
    }

    /** Runs {@code body} with this context bound to the current thread, restoring the previous binding. */
    public <T> T callWith(Supplier<T> body) {
        EvalContext previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return body.get();
        } finally {
            CURRENT.set(previous); // null rather than remove(): the thread's entry is reused by the next frame
        }
    }

    /** The context bound to the current thread, or {@code null}. */
    static EvalContext currentOrNull() {
        return CURRENT.get();
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
