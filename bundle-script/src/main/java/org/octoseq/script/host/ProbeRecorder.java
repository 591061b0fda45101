package org.octoseq.script.host;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.octoseq.api.signal.ProbeListener;
import org.octoseq.api.signal.Signal;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;

/**
 * The script's {@code probe(name, value)} global: records a number (or a Signal, sampled now) under a name for
 * the current frame, which {@code octoseq trace} writes out. It also hears every {@code signal.probe(name)} node
 * that is evaluated (as each version's {@link ProbeListener}). Outside a trace it does nothing.
 */
public final class ProbeRecorder extends AbstractJSObject implements ProbeListener {

    private final Map<String, Double> frame = new LinkedHashMap<>();
    private final Consumer<String> warnings;
    private volatile boolean recording;

    ProbeRecorder(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Starts (or stops) keeping probe values. */
    public void setRecording(boolean on) {
        recording = on;
    }

    /** Forgets the values of the previous frame. */
    void beginFrame() {
        frame.clear();
    }

    /** The values probed during the frame that just ran, by name, in first-probed order. */
    public Map<String, Double> frameValues() {
        return new LinkedHashMap<>(frame);
    }

    /** Records {@code value} under {@code name} for this frame (the last call in a frame wins). */
    public void record(String name, double value) {
        if (recording) {
            frame.put(name, value);
        }
    }

    /** A {@code signal.probe(name)} node passed {@code value} at {@code time} (the frame's time). */
    @Override
    public void record(String name, double time, double value) {
        record(name, value);
    }

    @Override
    public Object call(Object thiz, Object... args) {
        if (args.length < 2 || args[0] == null) {
            warnings.accept("probe(name, value) needs a name and a value");
            return null;
        }
        String name = String.valueOf(args[0]);
        Object v = args[1];
        double value;
        if (v instanceof Number n) {
            value = n.doubleValue();
        } else if (v instanceof Signal s) {
            value = s.value();
        } else if (v instanceof org.octoseq.api.signal.SignalHandle h) { // a Signal as scripts see it
            value = h.signal().value();
        } else if (v instanceof Boolean b) {
            value = b ? 1 : 0;
        } else {
            warnings.accept("probe('" + name + "', value): the value must be a number or a Signal, got " + v);
            return null;
        }
        record(name, value);
        return null;
    }

    @Override
    public boolean isFunction() {
        return true;
    }

    /**
     * Strict: a call {@code probe(…)} needs no {@code this}, so Nashorn does not wrap its global for
     * one at every call (as it does for a non-strict function called without a receiver).
     */
    @Override
    public boolean isStrictFunction() {
        return true;
    }
}
