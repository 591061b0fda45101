package org.octoseq.script.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.octoseq.api.namespace.Namespace;
import org.octoseq.api.namespace.SourceEntry;
import org.octoseq.api.signal.EvalContext;
import org.octoseq.api.signal.InputRef;
import org.octoseq.api.signal.Signal;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.internal.runtime.Undefined;

/**
 * The {@code frame} argument of {@code update(dt, frame)}: this frame's timing values and every mix signal as
 * numbers, by name. A value is computed when the script reads it (memoised with the frame's other signals), so
 * a frame costs nothing for the values a script does not read. Read-only.
 */
final class FrameObject extends AbstractJSObject {

    private final EvalContext eval;
    private Map<String, Signal> signals = Map.of();
    private long version = Long.MIN_VALUE;

    FrameObject(EvalContext eval) {
        this.eval = eval;
    }

    /** Takes the mix's signal names from {@code ns} when it is a new snapshot. */
    void update(Namespace ns) {
        if (ns.version() == version) {
            return;
        }
        Map<String, Signal> m = new LinkedHashMap<>();
        for (String name : Signal.TIMING_NAMES) {
            m.put(name, Signal.timing(name));
        }
        ns.mix().map(SourceEntry::signals).ifPresent(s -> s.keySet().forEach(name -> m.put(name, Signal.input(InputRef.mix(name)))));
        signals = Collections.unmodifiableMap(m);
        version = ns.version();
    }

    @Override
    public Object getMember(String name) {
        Signal s = signals.get(name);
        return s == null ? Undefined.getUndefined() : (Object) s.evaluate(eval);
    }

    /**
     * The value named {@code name}, or {@code null}: for engines that see host objects as plain Java objects (Rhino
     * and other JSR-223 engines write {@code frame.get('time')}); Nashorn scripts write {@code frame.time}.
     */
    public Double get(String name) {
        Signal s = signals.get(name);
        return s == null ? null : s.evaluate(eval);
    }

    @Override
    public boolean hasMember(String name) {
        return signals.containsKey(name);
    }

    @Override
    public Set<String> keySet() {
        return signals.keySet();
    }

    @Override
    public void setMember(String name, Object value) {
        // read-only: this frame's values come from the music
    }

    @Override
    public Object getDefaultValue(Class<?> hint) {
        return toString();
    }

    @Override
    public String getClassName() {
        return "Object";
    }

    @Override
    public String toString() {
        return "[frame " + signals.keySet() + "]";
    }
}
