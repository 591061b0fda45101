package org.octoseq.script.signal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.script.Bindings;
import org.octoseq.api.signal.Generators;
import org.octoseq.api.signal.Signal;
import org.octoseq.api.signal.SignalNamespace;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;

/**
 * The Signal API as one script sees it: the globals {@code gen}, {@code signal} and {@code Signal}, and the
 * conversion of the API's Java values into script values (Signals into {@link ScriptSignal}s, streams, events
 * and builders into {@link ApiObject}s, arrays into script arrays). One per script scope; its warnings go to
 * that script's diagnostics.
 */
public final class SignalBindings {

    /** The globals {@link #bind} adds. */
    public static final List<String> GLOBALS = List.of("gen", "signal", "Signal");

    /** Names JavaScript itself probes on any object (conversions, printing, promises); never warned about. */
    public static final Set<String> LANGUAGE_PROBES = Set.of("toString", "valueOf", "toJSON", "constructor",
            "hasOwnProperty", "inspect", "then", "__proto__", "prototype", "length", "toLocaleString");

    private static final String API_PACKAGE = Signal.class.getPackageName();

    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    private final Object describer = new Describer();
    private final Object refuser = new Refuser();

    public SignalBindings(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** Adds {@code gen}, {@code signal} and {@code Signal} (the same object as {@code signal}) to a script's globals. */
    public void bind(Bindings globals) {
        globals.put("gen", toScript(new Generators()));
        Object signal = toScript(new SignalNamespace());
        globals.put("signal", signal);
        globals.put("Signal", signal);
    }

    /**
     * The script value of a Java value returned by the API: Signals, streams, events and builders wrapped,
     * arrays and lists as script arrays, {@code null} as {@code undefined}, numbers, strings and booleans as they are.
     */
    public Object toScript(Object value) {
        if (value == null) {
            return NashornValues.undefined();
        }
        if (value instanceof Signal s) {
            return new ScriptSignal(s, this);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof double[] d) {
            return NashornValues.array(d);
        }
        if (value instanceof Object[] a) {
            Object[] out = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = toScript(a[i]);
            }
            return NashornValues.array(out);
        }
        if (value instanceof Collection<?> c) {
            return toScript(c.toArray());
        }
        if (value.getClass().getPackageName().equals(API_PACKAGE)) {
            return new ApiObject(value, ScriptType.of(value.getClass()), this);
        }
        return value;
    }

    void warnOnce(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    void unknownMember(ScriptType type, String name) {
        if (LANGUAGE_PROBES.contains(name)) {
            return;
        }
        String near = closest(name, type.members());
        warnOnce("a " + type.name() + " has no member '" + name + "'" + (near == null ? "" : " (did you mean '" + near
                + "'?)") + "; it is undefined. Members: " + String.join(", ", type.members()));
    }

    /** The member nearest to {@code name} within {@link Suggestions#MAX_DISTANCE} edits (the first of equals). */
    private static String closest(String name, Set<String> members) {
        String best = null;
        int bestDistance = Suggestions.MAX_DISTANCE + 1;
        for (String m : members) {
            int d = Suggestions.distance(name.toLowerCase(), m.toLowerCase());
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    Object describer() {
        return describer;
    }

    Object refuser() {
        return refuser;
    }

    /** {@code x.toString()} of a host object: its description. */
    private static final class Describer extends AbstractJSObject {
        @Override
        public Object call(Object thiz, Object... args) {
            return String.valueOf(thiz);
        }

        @Override
        public boolean isFunction() {
            return true;
        }
    }

    /** {@code sig.valueOf()}: the same refusal as {@code sig + 1}. */
    private static final class Refuser extends AbstractJSObject {
        @Override
        public Object call(Object thiz, Object... args) {
            throw NashornValues.typeError(thiz instanceof ScriptSignal s ? s.refusal() : "not a number");
        }

        @Override
        public boolean isFunction() {
            return true;
        }
    }
}
